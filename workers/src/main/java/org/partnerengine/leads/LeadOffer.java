package org.partnerengine.leads;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One offer of a lead to a partner, one per round. Open until the partner accepts or declines it
 * or its window closes; whichever the process saw first stands, a later answer is a no-op.
 */
@Entity
public final class LeadOffer {

  static final int ASSIGNMENT_ROUND = 0;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long leadId;
  private int round;
  private long partnerId;
  private BigDecimal weight;

  @Enumerated(EnumType.STRING)
  private OfferStatus status;

  @Enumerated(EnumType.STRING)
  private DeclineReason declineReason;

  private boolean assigned;
  private Instant offeredAt;
  private Instant expiresAt;
  private Instant openedAt;
  private Instant decidedAt;

  @Version private long version;

  protected LeadOffer() {}

  LeadOffer(long leadId, int round, long partnerId, BigDecimal weight, Instant at, Instant expiresAt) {
    this.leadId = leadId;
    this.round = round;
    this.partnerId = partnerId;
    this.weight = weight;
    this.status = OfferStatus.OPEN;
    this.offeredAt = at;
    this.expiresAt = expiresAt;
  }

  /** A lead given to a partner without an offer: accepted at once, round 0, no weight. */
  static LeadOffer assignment(long leadId, long partnerId, Instant at) {
    LeadOffer offer = new LeadOffer(leadId, ASSIGNMENT_ROUND, partnerId, BigDecimal.ZERO, at, at);
    offer.status = OfferStatus.ACCEPTED;
    offer.assigned = true;
    offer.decidedAt = at;
    return offer;
  }

  /** The partner opened the lead's details; the first opening is what counts. */
  void open(Instant at) {
    if (openedAt == null) {
      openedAt = at;
    }
  }

  /** Answers whether this changed the offer (false when it was accepted before). */
  boolean accept(Instant at) {
    if (status == OfferStatus.ACCEPTED) {
      return false;
    }
    requireOpen();
    status = OfferStatus.ACCEPTED;
    decidedAt = at;
    return true;
  }

  boolean decline(DeclineReason reason, Instant at) {
    if (status == OfferStatus.DECLINED) {
      return false;
    }
    requireOpen();
    status = OfferStatus.DECLINED;
    declineReason = reason;
    decidedAt = at;
    return true;
  }

  boolean expire(Instant at) {
    if (status == OfferStatus.EXPIRED) {
      return false;
    }
    requireOpen();
    status = OfferStatus.EXPIRED;
    decidedAt = at;
    return true;
  }

  /** The partner accepted and then left the lead: answers false when taken back before. */
  boolean reclaim(Instant at) {
    if (status == OfferStatus.RECLAIMED) {
      return false;
    }
    if (status != OfferStatus.ACCEPTED) {
      throw new IllegalStateException("Offer " + id + " is " + status + ", it cannot be taken back");
    }
    status = OfferStatus.RECLAIMED;
    return true;
  }

  boolean isOpen() {
    return status == OfferStatus.OPEN;
  }

  private void requireOpen() {
    if (status != OfferStatus.OPEN) {
      throw new OfferNotOpen(leadId, status);
    }
  }

  public Long getId() {
    return id;
  }

  public long getLeadId() {
    return leadId;
  }

  public int getRound() {
    return round;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public boolean isAssigned() {
    return assigned;
  }

  public BigDecimal getWeight() {
    return weight;
  }

  public OfferStatus getStatus() {
    return status;
  }

  public DeclineReason getDeclineReason() {
    return declineReason;
  }

  public Instant getOfferedAt() {
    return offeredAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
