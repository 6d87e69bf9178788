package org.partnerengine.tiering;

import java.time.Clock;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies or records a tier review's result, once per review instance: the review's process
 * instance key is unique in the tier history, so a redelivered job changes nothing.
 */
@Service
public class TierHistory {

  private final Partners partners;
  private final TierChanges changes;
  private final PartnerHistory history;
  private final Clock clock;

  public TierHistory(Partners partners, TierChanges changes, PartnerHistory history, Clock clock) {
    this.partners = partners;
    this.changes = changes;
    this.history = history;
    this.clock = clock;
  }

  /** Moves the partner to the decided tier (up, or down after a manager's approval). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void apply(TierReview review) {
    if (changes.existsByReviewKey(review.reviewKey())) {
      return;
    }
    Partner partner = partners.require(review.partnerId());
    Tier from = Tier.of(partner.getTier());
    TierReviewOutcome outcome =
        review.proposedTier() == from
            ? TierReviewOutcome.UNCHANGED
            : review.proposedTier().isAbove(from) ? TierReviewOutcome.UPGRADED : TierReviewOutcome.DOWNGRADED;
    partner.changeTier(review.proposedTier().name(), clock.instant());
    save(review, from, review.proposedTier(), outcome);
    history.recordOnce(
        "tier-review-" + review.reviewKey(),
        partner,
        "TIER_" + outcome,
        review.decidedBy(),
        from + " -> " + review.proposedTier() + ": " + review.reason());
  }

  /** Records a review that leaves the tier as it is: the same tier proposed, or a downgrade refused. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void keep(TierReview review) {
    if (changes.existsByReviewKey(review.reviewKey())) {
      return;
    }
    Partner partner = partners.require(review.partnerId());
    Tier current = Tier.of(partner.getTier());
    TierReviewOutcome outcome =
        review.proposedTier() == current ? TierReviewOutcome.UNCHANGED : TierReviewOutcome.KEPT;
    save(review, current, current, outcome);
    history.recordOnce(
        "tier-review-" + review.reviewKey(),
        partner,
        "TIER_" + outcome,
        review.decidedBy(),
        current + " kept (proposed " + review.proposedTier() + "): " + review.reason());
  }

  private void save(TierReview review, Tier from, Tier to, TierReviewOutcome outcome) {
    changes.saveAndFlush(
        new TierChange(
            review.partnerId(),
            review.reviewKey(),
            from,
            to,
            review.proposedTier(),
            outcome,
            review.reason(),
            review.trigger(),
            review.decidedBy(),
            clock.instant()));
  }
}
