package org.partnerengine.rebates;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import org.partnerengine.partner.Partners;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the partner's rebate for the quarter. The first calculation stands: a redelivered job or
 * a second run for the same quarter finds the row (unique partner and quarter) and changes nothing.
 */
@Component
public class CalculateRebateWorker {

  static final String JOB_TYPE = "rebates.calculate-rebate";

  private final Rebates rebates;
  private final Partners partners;
  private final RebateSettings settings;
  private final Clock clock;

  public CalculateRebateWorker(Rebates rebates, Partners partners, RebateSettings settings, Clock clock) {
    this.rebates = rebates;
    this.partners = partners;
    this.settings = settings;
    this.clock = clock;
  }

  @JobWorker(type = JOB_TYPE)
  @Transactional
  public void calculate(
      @Variable long partnerId,
      @Variable String quarter,
      @Variable String tier,
      @Variable BigDecimal quarterlyRevenue,
      @Variable BigDecimal rebateRate) {
    Quarter settled = Quarter.parse(quarter);
    if (rebates.existsByPartnerIdAndQuarter(partnerId, settled.toString())) {
      return;
    }
    partners.require(partnerId);
    BigDecimal amount =
        quarterlyRevenue.multiply(rebateRate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    if (amount.compareTo(settings.minimumAmount()) < 0) {
      amount = BigDecimal.ZERO.setScale(2);
    }
    rebates.saveAndFlush(
        new Rebate(partnerId, settled, tier, quarterlyRevenue, rebateRate, amount, settings.currency(), clock.instant()));
  }
}
