package org.partnerengine.rebates;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How rebates are recorded. The rates are in the rebate-rate DMN; the run date is the
 * quarterly-rebates timer.
 *
 * @param currency the currency of deal amounts and rebates
 * @param minimumAmount a rebate below this amount is recorded as zero (not worth a payout)
 */
@ConfigurationProperties("partner-engine.rebates")
public record RebateSettings(String currency, BigDecimal minimumAmount) {

  public RebateSettings {
    currency = currency == null ? "EUR" : currency;
    minimumAmount = minimumAmount == null ? BigDecimal.ZERO : minimumAmount;
  }
}
