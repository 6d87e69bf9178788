package org.partnerengine.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.partnerengine.money.ConvertibleCurrency;

/**
 * A region as a partner manager defines it. The base currency need not have a rate yet: having
 * one is an item of the launch checklist, not a condition of planning.
 */
public record RegionDefinition(
    @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "must be 2 to 32 capitals, digits or _ such as DACH") String code,
    @NotBlank @Size(max = 120) String name,
    @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as CHF") String baseCurrency,
    @NotNull @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?", message = "must be a language tag such as de or de-CH") String defaultLocale,
    @NotNull @Size(max = 250) List<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as DE") String> countries,
    @NotNull @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,99}", message = "must be a group name such as approvers-dach") String> approverGroups) {}
