package org.partnerengine.campaign;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Someone answered a partner's campaign: the tracking code from the partner's copy says whose,
 * the rest is the lead.
 */
public record CampaignResponse(
    @NotBlank @Pattern(regexp = "[A-Z0-9]{16}", message = "must be the 16-character code of a partner's campaign copy") String trackingCode,
    @NotBlank @Size(max = 200) String companyName,
    @NotBlank
        @Size(max = 255)
        @Pattern(
            regexp = "(https?://)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+/?",
            message = "must be a domain such as customer.com")
        String domain,
    @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as DE") String country,
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 -]{0,11}", message = "must be a postcode of up to 12 letters, digits, spaces or dashes") String postcode,
    @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}", message = "must be a product id such as core-platform") String productInterest,
    @NotBlank @Size(max = 200) String contactName,
    @NotBlank @Email @Size(max = 254) String contactEmail) {}
