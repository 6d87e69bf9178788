package org.partnerengine.mdf;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Market development fund rules an operator sets.
 *
 * @param claimDeadline how long after its reservation (the final approval) a request may be
 *     claimed; an unclaimed reservation is released then
 * @param quarterlyBudget the funds per tier and quarter, in the programme currency; a tier not listed
 *     has none
 * @param regionalBudget per region code, the funds per tier and quarter of that region; a region not
 *     listed has the quarterly budget, a tier not listed under a listed region has none
 */
@ConfigurationProperties("partner-engine.mdf")
public record MdfSettings(
    Duration claimDeadline, Map<String, BigDecimal> quarterlyBudget, Map<String, Map<String, BigDecimal>> regionalBudget) {

  @ConstructorBinding
  public MdfSettings {
    claimDeadline = claimDeadline == null ? Duration.ofDays(120) : claimDeadline;
    quarterlyBudget = quarterlyBudget == null ? Map.of() : Map.copyOf(quarterlyBudget);
    regionalBudget = regionalBudget == null ? Map.of() : Map.copyOf(regionalBudget);
  }

  public MdfSettings(Duration claimDeadline, Map<String, BigDecimal> quarterlyBudget) {
    this(claimDeadline, quarterlyBudget, null);
  }

  BigDecimal budgetFor(String tier) {
    return quarterlyBudget.getOrDefault(tier, BigDecimal.ZERO);
  }

  /** A region's quarterly funds for a tier. */
  BigDecimal budgetFor(String region, String tier) {
    Map<String, BigDecimal> ofRegion = regionalBudget.get(region);
    return ofRegion == null ? budgetFor(tier) : ofRegion.getOrDefault(tier, BigDecimal.ZERO);
  }
}
