package org.partnerengine.tiering;

import java.time.Instant;

/** One tier review in a partner's tier history as the API shows it. */
public record TierChangeView(
    Instant at,
    Tier fromTier,
    Tier toTier,
    Tier proposedTier,
    TierReviewOutcome outcome,
    String reason,
    String trigger,
    String decidedBy) {

  static TierChangeView of(TierChange change) {
    return new TierChangeView(
        change.getDecidedAt(),
        change.getFromTier(),
        change.getToTier(),
        change.getProposedTier(),
        change.getOutcome(),
        change.getReason(),
        change.getReviewTrigger(),
        change.getDecidedBy());
  }
}
