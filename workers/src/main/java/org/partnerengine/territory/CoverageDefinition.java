package org.partnerengine.territory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A partner's coverage as a partner manager sets it: territories, the products it is specialised
 * in (ids such as {@code core-platform}), and the leads it can take in 30 days.
 */
public record CoverageDefinition(
    @NotNull @Size(max = 50) Set<@NotNull Long> territoryIds,
    @NotNull @Size(max = 30)
        Set<@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}", message = "must be a product id such as core-platform") String>
        products,
    @NotNull @Min(0) @Max(10000) Integer capacity) {}
