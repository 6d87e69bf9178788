package org.partnerengine.mdf;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Market development fund rules an operator sets.
 *
 * @param claimDeadline how long after its reservation (the final approval) a request may be
 *     claimed; an unclaimed reservation is released then
 * @param quarterlyBudget the funds per tier and quarter; a tier not listed has none
 */
@ConfigurationProperties("partner-engine.mdf")
public record MdfSettings(Duration claimDeadline, Map<String, BigDecimal> quarterlyBudget) {

  public MdfSettings {
    claimDeadline = claimDeadline == null ? Duration.ofDays(120) : claimDeadline;
    quarterlyBudget = quarterlyBudget == null ? Map.of() : Map.copyOf(quarterlyBudget);
  }

  BigDecimal budgetFor(String tier) {
    return quarterlyBudget.getOrDefault(tier, BigDecimal.ZERO);
  }
}
