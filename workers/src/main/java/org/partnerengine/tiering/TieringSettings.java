package org.partnerengine.tiering;

import java.math.BigDecimal;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How partners are re-tiered.
 *
 * @param reviewInterval how often every active partner is reviewed (ISO-8601, P3M = quarterly)
 * @param revenueWindow how far back booked revenue and win rate are counted (P12M)
 * @param bigDealAmount a won deal of at least this amount triggers a review of its partner
 * @param scheduleEnabled whether the app starts the review schedule (one per engine) at start-up
 * @param reviewPageSize how many partners one page of a scheduled round asks reviews for at most
 *     (500): a round lists its partners page by page
 */
@ConfigurationProperties("partner-engine.tiering")
public record TieringSettings(
    Period reviewInterval, Period revenueWindow, BigDecimal bigDealAmount, Boolean scheduleEnabled, Integer reviewPageSize) {

  public TieringSettings {
    reviewInterval = reviewInterval == null ? Period.ofMonths(3) : reviewInterval;
    revenueWindow = revenueWindow == null ? Period.ofMonths(12) : revenueWindow;
    bigDealAmount = bigDealAmount == null ? new BigDecimal("100000") : bigDealAmount;
    scheduleEnabled = scheduleEnabled == null || scheduleEnabled;
    reviewPageSize = reviewPageSize == null ? 500 : reviewPageSize;
    if (reviewPageSize < 1) {
      throw new IllegalArgumentException("partner-engine.tiering.review-page-size must be at least 1: " + reviewPageSize);
    }
  }
}
