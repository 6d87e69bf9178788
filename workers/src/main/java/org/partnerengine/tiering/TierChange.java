package org.partnerengine.tiering;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One tier review's result in the partner's tier history, written once per review instance. */
@Entity
public final class TierChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long partnerId;
  private long reviewKey;

  @Enumerated(EnumType.STRING)
  private Tier fromTier;

  @Enumerated(EnumType.STRING)
  private Tier toTier;

  @Enumerated(EnumType.STRING)
  private Tier proposedTier;

  @Enumerated(EnumType.STRING)
  private TierReviewOutcome outcome;

  private String reason;
  private String reviewTrigger;
  private String decidedBy;
  private Instant decidedAt;

  protected TierChange() {}

  TierChange(
      long partnerId,
      long reviewKey,
      Tier fromTier,
      Tier toTier,
      Tier proposedTier,
      TierReviewOutcome outcome,
      String reason,
      String reviewTrigger,
      String decidedBy,
      Instant decidedAt) {
    this.partnerId = partnerId;
    this.reviewKey = reviewKey;
    this.fromTier = fromTier;
    this.toTier = toTier;
    this.proposedTier = proposedTier;
    this.outcome = outcome;
    this.reason = reason;
    this.reviewTrigger = reviewTrigger;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public Long getId() {
    return id;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public long getReviewKey() {
    return reviewKey;
  }

  public Tier getFromTier() {
    return fromTier;
  }

  public Tier getToTier() {
    return toTier;
  }

  public Tier getProposedTier() {
    return proposedTier;
  }

  public TierReviewOutcome getOutcome() {
    return outcome;
  }

  public String getReason() {
    return reason;
  }

  public String getReviewTrigger() {
    return reviewTrigger;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
