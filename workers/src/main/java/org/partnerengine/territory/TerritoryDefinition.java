package org.partnerengine.territory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A territory as a partner manager defines it: a unique name, at least one area, and optionally the
 * direct sales group that answers co-sell requests there (else the programme's default group).
 */
public record TerritoryDefinition(
    @NotBlank @Size(max = 100) String name,
    @NotEmpty @Size(max = 200) List<@Valid @NotNull AreaDefinition> areas,
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,99}", message = "must be a group name such as direct-sales-dach") String directSalesGroup) {

  public TerritoryDefinition(String name, List<AreaDefinition> areas) {
    this(name, areas, null);
  }

  /** A country (ISO 3166 alpha-2), optionally narrowed to the postcodes starting with a prefix. */
  public record AreaDefinition(
      @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as DE") String country,
      @Pattern(regexp = "[A-Za-z0-9]{1,10}", message = "must be 1 to 10 letters or digits") String postcodePrefix) {}

  List<Area> toAreas() {
    return areas.stream().map(a -> new Area(a.country(), a.postcodePrefix())).distinct().toList();
  }
}
