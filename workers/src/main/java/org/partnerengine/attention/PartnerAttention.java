package org.partnerengine.attention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One reason a partner needs attention, one row per partner and reason ever (unique key): raised
 * once, cleared when the cause goes away, raised again as the next round if it comes back.
 */
@Entity
@Table(name = "partner_attention")
public final class PartnerAttention {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long partnerId;
  private String reason;

  @Enumerated(EnumType.STRING)
  private AttentionKind kind;

  @Enumerated(EnumType.STRING)
  private AttentionStatus status;

  private int round;
  private Instant raisedAt;
  private Instant clearedAt;
  private Instant followedUpAt;

  @Column(length = 1000)
  private String followUpNote;

  @Version private long version;

  protected PartnerAttention() {}

  public PartnerAttention(long partnerId, String reason, AttentionKind kind, Instant at) {
    this.partnerId = partnerId;
    this.reason = reason;
    this.kind = kind;
    this.status = AttentionStatus.OPEN;
    this.round = 1;
    this.raisedAt = at;
  }

  /** The cause came back after it cleared: a new round, a new follow-up. */
  boolean raiseAgain(AttentionKind kind, Instant at) {
    if (status == AttentionStatus.OPEN) {
      return false;
    }
    this.kind = kind;
    status = AttentionStatus.OPEN;
    round++;
    raisedAt = at;
    clearedAt = null;
    followedUpAt = null;
    followUpNote = null;
    return true;
  }

  boolean clear(Instant at) {
    if (status != AttentionStatus.OPEN) {
      return false;
    }
    status = AttentionStatus.CLEARED;
    clearedAt = at;
    return true;
  }

  void followedUp(String note, Instant at) {
    if (followedUpAt == null) {
      followedUpAt = at;
      followUpNote = note;
    }
  }

  /** The follow-up's correlation key: one follow-up process per partner and reason at a time. */
  public String key() {
    return partnerId + ":" + reason;
  }

  public Long getId() {
    return id;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public String getReason() {
    return reason;
  }

  public AttentionKind getKind() {
    return kind;
  }

  public AttentionStatus getStatus() {
    return status;
  }

  public int getRound() {
    return round;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public Instant getClearedAt() {
    return clearedAt;
  }

  public Instant getFollowedUpAt() {
    return followedUpAt;
  }

  public String getFollowUpNote() {
    return followUpNote;
  }
}
