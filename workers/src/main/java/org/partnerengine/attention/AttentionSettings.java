package org.partnerengine.attention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The partner attention review.
 *
 * @param reviewInterval how often every partner's attention rules are evaluated (P1D)
 * @param scheduleEnabled whether the app starts the review loop (one per engine) at start-up
 * @param reviewPageSize how many partners one page of a round reviews at most (500): a round lists
 *     and reviews its partners page by page
 */
@ConfigurationProperties("partner-engine.attention")
public record AttentionSettings(Duration reviewInterval, Boolean scheduleEnabled, Integer reviewPageSize) {

  public AttentionSettings {
    reviewInterval = reviewInterval == null ? Duration.ofDays(1) : reviewInterval;
    scheduleEnabled = scheduleEnabled == null || scheduleEnabled;
    reviewPageSize = reviewPageSize == null ? 500 : reviewPageSize;
    if (reviewPageSize < 1) {
      throw new IllegalArgumentException("partner-engine.attention.review-page-size must be at least 1: " + reviewPageSize);
    }
  }

  public static AttentionSettings defaults() {
    return new AttentionSettings(null, null, null);
  }
}
