package org.partnerengine.leads;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lead routing an operator sets.
 *
 * @param acceptanceWindow how long a partner has to accept or decline an offer before it goes on
 * @param maxOffers how many partners are offered a lead before partner managers triage it
 * @param acceptanceLookback how far back a partner's answers count for its acceptance rate
 * @param statusReminder how long a partner that accepted a lead may go without registering it,
 *     closing it or updating its status before it is reminded
 * @param reclaimAfter how long without any of those before the lead is taken back and offered on
 * @param importStartsInFlight the most leads of imports started and not yet past the rules of
 *     engagement; the others wait their turn (see {@link ImportedLeadStarts})
 */
@ConfigurationProperties("partner-engine.leads")
public record LeadSettings(
        Duration acceptanceWindow,
    Integer maxOffers,
    Duration acceptanceLookback,
    Duration statusReminder,
    Duration reclaimAfter,
    Integer importStartsInFlight) {

  public LeadSettings {
    acceptanceWindow = acceptanceWindow == null ? Duration.ofDays(2) : acceptanceWindow;
    maxOffers = maxOffers == null ? 3 : maxOffers;
    acceptanceLookback = acceptanceLookback == null ? Duration.ofDays(90) : acceptanceLookback;
    statusReminder = statusReminder == null ? Duration.ofDays(7) : statusReminder;
    reclaimAfter = reclaimAfter == null ? Duration.ofDays(14) : reclaimAfter;
    importStartsInFlight = importStartsInFlight == null ? 32 : importStartsInFlight;
    if (!reclaimAfter.minus(statusReminder).isPositive()) {
      throw new IllegalArgumentException("partner-engine.leads.reclaim-after must be longer than status-reminder");
    }
    if (maxOffers < 1) {
      throw new IllegalArgumentException("partner-engine.leads.max-offers must be at least 1");
    }
    if (importStartsInFlight < 1) {
      throw new IllegalArgumentException("partner-engine.leads.import-starts-in-flight must be at least 1");
    }
  }

  public static LeadSettings defaults() {
    return new LeadSettings(null, null, null, null, null, null);
  }
}
