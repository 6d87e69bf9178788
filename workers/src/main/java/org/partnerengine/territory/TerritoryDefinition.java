package org.partnerengine.territory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A territory as a partner manager defines it: a unique name and at least one area. */
public record TerritoryDefinition(
    @NotBlank @Size(max = 100) String name, @NotEmpty @Size(max = 200) List<@Valid @NotNull AreaDefinition> areas) {

  /** A country (ISO 3166 alpha-2), optionally narrowed to the postcodes starting with a prefix. */
  public record AreaDefinition(
      @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as DE") String country,
      @Pattern(regexp = "[A-Za-z0-9]{1,10}", message = "must be 1 to 10 letters or digits") String postcodePrefix) {}

  List<Area> toAreas() {
    return areas.stream().map(a -> new Area(a.country(), a.postcodePrefix())).distinct().toList();
  }
}
