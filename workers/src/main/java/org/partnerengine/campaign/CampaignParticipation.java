package org.partnerengine.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * One partner's part in a campaign. It guards its own moves: a partner answers an invitation once
 * and before its deadline, and launches only after opting in with a complete profile and its funds.
 */
@Entity
public final class CampaignParticipation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long campaignId;
  private long partnerId;

  @Enumerated(EnumType.STRING)
  private ParticipationStatus status;

  @Enumerated(EnumType.STRING)
  private WithdrawnReason withdrawnReason;

  private String trackingCode;
  private Instant optInDeadline;
  private Integer vendorSharePercent;
  private Long mdfRequestId;
  private Long processInstanceKey;
  private Instant invitedAt;
  private Instant answeredAt;
  private String answeredBy;
  private Instant launchedAt;
  private Instant endedAt;

  @Version private long version;

  protected CampaignParticipation() {}

  CampaignParticipation(long campaignId, long partnerId, String trackingCode, Instant optInDeadline, Instant at) {
    this.campaignId = campaignId;
    this.partnerId = partnerId;
    this.trackingCode = trackingCode;
    this.optInDeadline = optInDeadline;
    this.status = ParticipationStatus.INVITED;
    this.invitedAt = at;
  }

  void bind(long instanceKey) {
    if (processInstanceKey == null) {
      processInstanceKey = instanceKey;
    }
  }

  /** The partner's answer: once, and only before the deadline. */
  void answer(boolean optIn, String by, Instant at) {
    if (status != ParticipationStatus.INVITED || !at.isBefore(optInDeadline)) {
      throw new ParticipationNotOpen(id, status, "answered");
    }
    status = optIn ? ParticipationStatus.AWAITING_CO_BRAND : ParticipationStatus.DECLINED;
    answeredAt = at;
    answeredBy = by;
  }

  /** An answer its instance never heard of: the invitation is open again. */
  void undoAnswer() {
    if ((status == ParticipationStatus.AWAITING_CO_BRAND || status == ParticipationStatus.DECLINED)) {
      status = ParticipationStatus.INVITED;
      answeredAt = null;
      answeredBy = null;
    }
  }

  void expire(Instant at) {
    if (status == ParticipationStatus.INVITED) {
      status = ParticipationStatus.EXPIRED;
      endedAt = at;
    }
  }

  /** The profile check: complete moves on to funding, incomplete waits for the partner. */
  void coBrandChecked(boolean complete) {
    require(EnumSet.of(ParticipationStatus.AWAITING_CO_BRAND, ParticipationStatus.AWAITING_FUNDS, ParticipationStatus.READY), "checked");
    if (status == ParticipationStatus.AWAITING_CO_BRAND && complete) {
      status = ParticipationStatus.AWAITING_FUNDS;
    }
  }

  /** The vendor's share: funds requested (AWAITING_FUNDS until the budget answers) or none needed (READY). */
  void funding(int vendorShare, Long mdfRequest) {
    require(EnumSet.of(ParticipationStatus.AWAITING_FUNDS, ParticipationStatus.READY), "funded");
    vendorSharePercent = vendorShare;
    mdfRequestId = mdfRequest;
    if (mdfRequest == null) {
      status = ParticipationStatus.READY;
    }
  }

  void fundsReserved() {
    if (status == ParticipationStatus.AWAITING_FUNDS) {
      status = ParticipationStatus.READY;
    }
  }

  void withdraw(WithdrawnReason reason, Instant at) {
    if (status == ParticipationStatus.WITHDRAWN) {
      return;
    }
    require(EnumSet.of(ParticipationStatus.AWAITING_CO_BRAND, ParticipationStatus.AWAITING_FUNDS), "withdrawn");
    status = ParticipationStatus.WITHDRAWN;
    withdrawnReason = reason;
    endedAt = at;
  }

  /** Launches once the partner opted in, its profile is complete and its funds are reserved. */
  boolean launch(Instant at) {
    if (status == ParticipationStatus.LAUNCHED) {
      return false;
    }
    if (status != ParticipationStatus.READY) {
      throw new IllegalStateException("Participation " + id + " is " + status + ": it cannot launch");
    }
    status = ParticipationStatus.LAUNCHED;
    launchedAt = at;
    return true;
  }

  void complete(Instant at) {
    if (status == ParticipationStatus.LAUNCHED) {
      status = ParticipationStatus.COMPLETED;
      endedAt = at;
    }
  }

  /** Responses count while the partner's copy is out, from its launch to the campaign's end. */
  void requireTakingResponses() {
    if (status != ParticipationStatus.LAUNCHED) {
      throw new ParticipationNotOpen(id, status, "responded to");
    }
  }

  private void require(Set<ParticipationStatus> from, String what) {
    if (!from.contains(status)) {
      throw new IllegalStateException("Participation " + id + " is " + status + ": it cannot be " + what);
    }
  }

  public Long getId() {
    return id;
  }

  public long getCampaignId() {
    return campaignId;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public ParticipationStatus getStatus() {
    return status;
  }

  public WithdrawnReason getWithdrawnReason() {
    return withdrawnReason;
  }

  public String getTrackingCode() {
    return trackingCode;
  }

  public Instant getOptInDeadline() {
    return optInDeadline;
  }

  public Integer getVendorSharePercent() {
    return vendorSharePercent;
  }

  public Long getMdfRequestId() {
    return mdfRequestId;
  }

  public Long getProcessInstanceKey() {
    return processInstanceKey;
  }

  public Instant getInvitedAt() {
    return invitedAt;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public Instant getLaunchedAt() {
    return launchedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
