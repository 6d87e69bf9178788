package org.partnerengine.rebates;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How rebates are recorded. The rates are in the rebate-rate DMN; the run date is the
 * quarterly-rebates timer.
 *
 * <p>Rebates are in the programme currency ({@code partner-engine.money.programme-currency}), as
 * is the won revenue they are worked out from.
 *
 * @param minimumAmount a rebate below this amount is recorded as zero (not worth a payout)
 * @param pageSize how many partners one page of a quarter's run settles at most (500): a run lists
 *     its partners page by page
 */
@ConfigurationProperties("partner-engine.rebates")
public record RebateSettings(BigDecimal minimumAmount, Integer pageSize) {

  public RebateSettings {
    minimumAmount = minimumAmount == null ? BigDecimal.ZERO : minimumAmount;
    pageSize = pageSize == null ? 500 : pageSize;
    if (pageSize < 1) {
      throw new IllegalArgumentException("partner-engine.rebates.page-size must be at least 1: " + pageSize);
    }
  }
}
