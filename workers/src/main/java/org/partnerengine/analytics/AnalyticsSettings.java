package org.partnerengine.analytics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Windows the scorecard and the programme analytics count over.
 *
 * @param attributionWindow a won deal closed within this long after a funded MDF activity's planned
 *     date counts as revenue from that activity (P90D)
 * @param expiringWithin a certificate that expires within this long counts as expiring (P60D)
 * @param taskWindow task completion times are taken over the tasks completed this long back (P90D)
 * @param catchUpEnabled whether {@code stage_visit} is caught up at startup and on a schedule (true)
 */
@ConfigurationProperties("partner-engine.analytics")
public record AnalyticsSettings(Duration attributionWindow, Duration expiringWithin, Duration taskWindow, Boolean catchUpEnabled) {

  public AnalyticsSettings {
    attributionWindow = attributionWindow == null ? Duration.ofDays(90) : attributionWindow;
    expiringWithin = expiringWithin == null ? Duration.ofDays(60) : expiringWithin;
    taskWindow = taskWindow == null ? Duration.ofDays(90) : taskWindow;
    catchUpEnabled = catchUpEnabled == null || catchUpEnabled;
  }

  public static AnalyticsSettings defaults() {
    return new AnalyticsSettings(null, null, null, null);
  }
}
