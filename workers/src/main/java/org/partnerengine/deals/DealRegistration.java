package org.partnerengine.deals;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.partnerengine.money.ConvertibleCurrency;

/**
 * What a partner registers: one opportunity with one customer. Currency defaults to the programme
 * currency; another must be an ISO 4217 code with an exchange rate into it.
 */
public record DealRegistration(
    @NotBlank @Size(max = 200) String customerName,
    @NotBlank
        @Size(max = 255)
        @Pattern(
            regexp = "(https?://)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+/?",
            message = "must be a domain such as customer.com")
        String customerDomain,
    @NotNull @DecimalMin("0.01") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 2)
        BigDecimal amount,
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as EUR") @ConvertibleCurrency
        String currency,
    @NotNull LocalDate expectedCloseDate) {}
