package org.partnerengine.leads;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lead routing an operator sets.
 *
 * @param acceptanceWindow how long a partner has to accept or decline an offer before it goes on
 * @param maxOffers how many partners are offered a lead before partner managers triage it
 * @param acceptanceLookback how far back a partner's answers count for its acceptance rate
 */
@ConfigurationProperties("partner-engine.leads")
public record LeadSettings(Duration acceptanceWindow, Integer maxOffers, Duration acceptanceLookback) {

  public LeadSettings {
    acceptanceWindow = acceptanceWindow == null ? Duration.ofDays(2) : acceptanceWindow;
    maxOffers = maxOffers == null ? 3 : maxOffers;
    acceptanceLookback = acceptanceLookback == null ? Duration.ofDays(90) : acceptanceLookback;
    if (maxOffers < 1) {
      throw new IllegalArgumentException("partner-engine.leads.max-offers must be at least 1");
    }
  }

  public static LeadSettings defaults() {
    return new LeadSettings(null, null, null);
  }
}
