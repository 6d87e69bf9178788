package org.partnerengine.territory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

record TerritoryView(long id, String name, List<AreaView> areas, String directSalesGroup, Instant createdAt, Instant updatedAt) {

  record AreaView(String country, String postcodePrefix) {}

  static TerritoryView of(Territory territory) {
    return new TerritoryView(
        territory.getId(),
        territory.getName(),
        territory.getAreas().stream()
            .sorted(Comparator.comparing(Area::country).thenComparing(Area::postcodePrefix))
            .map(a -> new AreaView(a.country(), a.postcodePrefix().isEmpty() ? null : a.postcodePrefix()))
            .toList(),
        territory.getDirectSalesGroup(),
        territory.getCreatedAt(),
        territory.getUpdatedAt());
  }
}
