package org.partnerengine.rebates;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.math.BigDecimal;
import java.time.Clock;
import org.partnerengine.money.MoneySettings;
import org.partnerengine.partner.Partners;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the partner's rebate for the quarter. The first calculation stands: a redelivered job or
 * a second run for the same quarter finds the row (unique partner and quarter) and changes nothing.
 * The revenue is the programme-currency amount each win was booked at on its close date, so a rate
 * published later changes no rebate; the rebate is in the programme currency.
 */
@Component
public class CalculateRebateWorker {

  static final String JOB_TYPE = "rebates.calculate-rebate";

  private final Rebates rebates;
  private final Partners partners;
  private final RebateSettings settings;
  private final MoneySettings money;
  private final Clock clock;

  public CalculateRebateWorker(Rebates rebates, Partners partners, RebateSettings settings, MoneySettings money, Clock clock) {
    this.rebates = rebates;
    this.partners = partners;
    this.settings = settings;
    this.money = money;
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
    BigDecimal amount = Rebate.amountOf(quarterlyRevenue, rebateRate, money.programmeCurrency());
    if (amount.compareTo(settings.minimumAmount()) < 0) {
      amount = BigDecimal.ZERO.setScale(2);
    }
    rebates.saveAndFlush(
        new Rebate(partnerId, settled, tier, quarterlyRevenue, rebateRate, amount, money.programmeCurrency(), clock.instant()));
  }
}
