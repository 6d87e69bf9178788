package org.partnerengine.feedback;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Partner surveys an operator sets.
 *
 * @param scheduleEnabled whether the relationship-survey loop starts with the app
 * @param surveyInterval how often every partner is asked about the relationship (an ISO period:
 *     the timer counts calendar months)
 * @param linkValidity how long a survey link can be answered
 * @param pageSize how many partners one page of a survey round holds
 * @param minimumGroup the fewest answers a group of the NPS report needs to be shown
 * @param touchpointSurveysEnabled whether partners are asked after onboarding, a certificate and an
 *     MDF payout
 * @param touchpointLookback how far back a moment may lie to still be asked about
 */
@ConfigurationProperties("partner-engine.feedback")
public record FeedbackSettings(
    Boolean scheduleEnabled,
    Period surveyInterval,
    Duration linkValidity,
    Integer pageSize,
    Integer minimumGroup,
    Boolean touchpointSurveysEnabled,
    Duration touchpointLookback) {

  public FeedbackSettings {
    scheduleEnabled = scheduleEnabled == null || scheduleEnabled;
    surveyInterval = surveyInterval == null ? Period.ofMonths(6) : surveyInterval;
    linkValidity = linkValidity == null ? Duration.ofDays(30) : linkValidity;
    pageSize = pageSize == null ? 100 : pageSize;
    minimumGroup = minimumGroup == null ? 5 : minimumGroup;
    touchpointSurveysEnabled = touchpointSurveysEnabled == null || touchpointSurveysEnabled;
    touchpointLookback = touchpointLookback == null ? Duration.ofDays(2) : touchpointLookback;
    if (surveyInterval.isNegative() || surveyInterval.isZero() || pageSize < 1 || minimumGroup < 1 || !linkValidity.isPositive()) {
      throw new IllegalArgumentException("partner-engine.feedback: survey-interval and link-validity must be positive, page-size and minimum-group at least 1");
    }
  }

  public static FeedbackSettings defaults() {
    return new FeedbackSettings(null, null, null, null, null, null, null);
  }
}
