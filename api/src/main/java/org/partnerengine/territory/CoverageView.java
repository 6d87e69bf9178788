package org.partnerengine.territory;

import java.util.List;

record CoverageView(long partnerId, List<Long> territoryIds, List<String> products, int capacity) {

  static CoverageView of(PartnerCoverage coverage) {
    return new CoverageView(
        coverage.getPartnerId(),
        coverage.getTerritoryIds().stream().sorted().toList(),
        coverage.getProducts().stream().sorted().toList(),
        coverage.getCapacity());
  }
}
