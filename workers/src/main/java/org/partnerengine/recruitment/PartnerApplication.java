package org.partnerengine.recruitment;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.partnerengine.partner.PartnerType;

/** What a company sends to become a partner: the public "become a partner" form. */
public record PartnerApplication(
    @NotBlank @Size(max = 200) String companyName,
    @NotNull PartnerType partnerType,
    @NotNull @CountryCode String country,
    @NotBlank
        @Size(max = 255)
        @Pattern(
            regexp = "(https?://)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+(:[0-9]{1,5})?(/[^\\s]*)?",
            message = "must be a web address such as https://example.com")
        String website,
    @NotBlank @Size(max = 200) String contactName,
    @NotBlank @Email @Size(max = 254) String contactEmail,
    @NotNull @DecimalMin("0") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 2)
        BigDecimal annualRevenue,
    @NotNull @Min(1) @Max(10_000_000) Integer employees) {}
