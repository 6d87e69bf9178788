package org.partnerengine.rebates;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.math.BigDecimal;
import org.partnerengine.partner.Partners;
import org.partnerengine.tiering.Tier;
import org.partnerengine.tiering.TierFactsSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads what the rebate-rate decision needs: the partner's tier and its revenue won in the quarter. */
@Component
public class CollectQuarterRevenueWorker {

  static final String JOB_TYPE = "rebates.collect-quarter-revenue";

  private final Partners partners;
  private final TierFactsSource facts;

  public CollectQuarterRevenueWorker(Partners partners, TierFactsSource facts) {
    this.partners = partners;
    this.facts = facts;
  }

  /** The decision's inputs; the region (its code, or null before regions) lets the rates differ by market. */
  public record QuarterRevenue(String tier, BigDecimal quarterlyRevenue, String region) {}

  @JobWorker(type = JOB_TYPE)
  @Transactional(readOnly = true)
  public QuarterRevenue collect(@Variable long partnerId, @Variable String quarter) {
    Quarter settled = Quarter.parse(quarter);
    return new QuarterRevenue(
        Tier.of(partners.require(partnerId).getTier()).name(),
        facts.wonRevenue(partnerId, settled.start(), settled.end()),
        partners.regionCodeOf(partnerId).orElse(null));
  }
}
