package org.partnerengine.analytics;

import java.time.Duration;
import org.partnerengine.partner.Stage;

/**
 * One stage: partners in it now, and how long the visits that ended in the period lasted.
 *
 * @param visits stage visits that ended (the partner entered its next stage) in the period
 * @param median null when no visit ended in the period
 */
public record StageCycleTime(Stage stage, long partnersNow, long visits, Duration median, Duration p90) {}
