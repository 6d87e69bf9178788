package org.partnerengine.partner;

import java.time.Instant;
import java.util.Locale;

/**
 * One line of a partner's history as the API shows it: the event's code for programs, and its
 * label and sentence in the reader's language for people.
 */
public record HistoryEntry(
    Instant at, String type, String label, String sentence, Stage stage, String actor, String detail) {

  public static HistoryEntry of(PartnerEvent event, HistoryWording wording, Locale locale) {
    HistoryWording.Wording words = wording.of(event.getType(), event.getStage(), locale);
    return new HistoryEntry(
        event.getOccurredAt(), event.getType(), words.label(), words.sentence(), event.getStage(), event.getActor(),
        event.getDetail());
  }

  /** The entry as the partner itself sees it. */
  public static HistoryEntry of(PartnerFacingHistory.Line line, HistoryWording wording, Locale locale) {
    HistoryWording.Wording words = wording.of(line.type(), line.stage(), locale);
    return new HistoryEntry(line.at(), line.type(), words.label(), words.sentence(), line.stage(), line.actor(), line.detail());
  }
}
