package org.partnerengine.partner;

import java.time.Instant;

/** One line of a partner's history as the API shows it. */
public record HistoryEntry(Instant at, String type, Stage stage, String actor, String detail) {

  public static HistoryEntry of(PartnerEvent event) {
    return new HistoryEntry(
        event.getOccurredAt(), event.getType(), event.getStage(), event.getActor(), event.getDetail());
  }

  /** The entry as the partner itself sees it. */
  public static HistoryEntry of(PartnerFacingHistory.Line line) {
    return new HistoryEntry(line.at(), line.type(), line.stage(), line.actor(), line.detail());
  }
}
