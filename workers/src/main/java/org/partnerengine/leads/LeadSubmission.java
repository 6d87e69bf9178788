package org.partnerengine.leads;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One lead as a manager or the CRM hands it in. Campaign and postcode are optional. */
public record LeadSubmission(
    @NotBlank @Size(max = 200) String companyName,
    @NotBlank
        @Size(max = 255)
        @Pattern(
            regexp = "(https?://)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+/?",
            message = "must be a domain such as customer.com")
        String domain,
    @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as DE") String country,
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 -]{0,11}", message = "must be a postcode of up to 12 letters, digits, spaces or dashes")
        String postcode,
    @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}", message = "must be a product id such as core-platform")
        String productInterest,
    @NotBlank @Size(max = 200) String contactName,
    @NotBlank @Email @Size(max = 254) String contactEmail,
    @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,60}", message = "must be 1 to 60 letters, digits, dashes or underscores")
        String source,
    @Size(max = 100) String campaign) {}
