package org.partnerengine.tiering;

import java.time.Instant;
import java.util.Optional;

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

  /**
   * The review as the partner sees it: only a tier that moved, without the reasons, the trigger,
   * what was proposed and who decided (a refused downgrade or a review that changed nothing is the
   * staff's business).
   */
  static Optional<TierChangeView> forPartner(TierChange change) {
    if (change.getOutcome() != TierReviewOutcome.UPGRADED && change.getOutcome() != TierReviewOutcome.DOWNGRADED) {
      return Optional.empty();
    }
    return Optional.of(
        new TierChangeView(change.getDecidedAt(), change.getFromTier(), change.getToTier(), null, change.getOutcome(), null, null, null));
  }

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
