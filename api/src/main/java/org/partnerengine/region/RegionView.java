package org.partnerengine.region;

import java.time.Instant;
import java.util.List;

/** A region as partner managers read it; the base currency is resolved (the catch-all's is the programme's). */
record RegionView(
    String code,
    String name,
    String status,
    boolean catchAll,
    String baseCurrency,
    String defaultLocale,
    List<String> countries,
    List<String> approverGroups,
    String legalEntity,
    String taxForm,
    long heldApplications,
    String launchRequestedBy,
    Instant launchRequestedAt,
    Instant liveSince,
    Long processInstanceKey) {

  static RegionView of(Region region, String baseCurrency, long heldApplications) {
    return new RegionView(
        region.getCode(),
        region.getName(),
        region.getStatus().name(),
        region.isCatchAll(),
        baseCurrency,
        region.getDefaultLocale(),
        region.getCountries().stream().sorted().toList(),
        region.getApproverGroups().stream().sorted().toList(),
        region.getLegalEntity(),
        region.getTaxForm(),
        heldApplications,
        region.getLaunchRequestedBy(),
        region.getLaunchRequestedAt(),
        region.getLiveSince(),
        region.getProcessInstanceKey());
  }
}
