package org.partnerengine.attention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The partner attention review.
 *
 * @param reviewInterval how often every partner's attention rules are evaluated (P1D)
 * @param scheduleEnabled whether the app starts the review loop (one per engine) at start-up
 */
@ConfigurationProperties("partner-engine.attention")
public record AttentionSettings(Duration reviewInterval, Boolean scheduleEnabled) {

  public AttentionSettings {
    reviewInterval = reviewInterval == null ? Duration.ofDays(1) : reviewInterval;
    scheduleEnabled = scheduleEnabled == null || scheduleEnabled;
  }

  public static AttentionSettings defaults() {
    return new AttentionSettings(null, null);
  }
}
