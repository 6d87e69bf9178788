package org.partnerengine.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A region's fields a partner manager may change; the code stays. */
public record RegionChange(
    @NotBlank @Size(max = 120) String name,
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as CHF") String baseCurrency,
    @NotNull @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?", message = "must be a language tag such as de or de-CH") String defaultLocale,
    @NotNull @Size(max = 250) List<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as DE") String> countries,
    @NotNull @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,99}", message = "must be a group name such as approvers-dach") String> approverGroups) {}
