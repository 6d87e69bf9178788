package org.partnerengine.cosell;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A revenue split of one deal: the owning partner's share and the co-sellers'. Both the owning
 * partner and a channel approver accept it before it counts; the transitions below refuse any other
 * order, so a late or repeated answer changes nothing.
 */
@Entity
public final class DealSplit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long dealId;
  private long ownerPartnerId;

  @Enumerated(EnumType.STRING)
  private SplitStatus status;

  /** The deal's id while the split is under decision: one such split per deal. */
  private Long openDealId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "deal_split_share", joinColumns = @JoinColumn(name = "split_id"))
  private List<SplitShare> shares = new ArrayList<>();

  private String proposedBy;
  private Instant proposedAt;
  private String ownerAnsweredBy;
  private Instant ownerAnsweredAt;
  private String decidedBy;
  private Instant decidedAt;
  private String decisionNote;
  private Long processInstanceKey;
  private Instant startClaimedAt;

  @Version private long version;

  protected DealSplit() {}

  /** A proposal; when the owning partner proposes it, its acceptance is the proposal itself. */
  DealSplit(long dealId, long ownerPartnerId, List<SplitShare> shares, String proposedBy, boolean byOwner, Instant at) {
    this.dealId = dealId;
    this.ownerPartnerId = ownerPartnerId;
    this.shares.addAll(shares);
    this.proposedBy = proposedBy;
    this.proposedAt = at;
    this.openDealId = dealId;
    this.status = SplitStatus.PROPOSED;
    if (byOwner) {
      ownerAnswer(true, proposedBy, at);
    }
  }

  void ownerAnswer(boolean accepted, String by, Instant at) {
    if (status != SplitStatus.PROPOSED) {
      throw new SplitNotOpen(id, status);
    }
    status = accepted ? SplitStatus.OWNER_ACCEPTED : SplitStatus.OWNER_DECLINED;
    ownerAnsweredBy = by;
    ownerAnsweredAt = at;
    if (!accepted) {
      openDealId = null;
    }
  }

  /** The channel's decision; answers false when it was recorded before (a redelivered job). */
  boolean decide(boolean approved, String by, String note, Instant at) {
    if (status == (approved ? SplitStatus.APPROVED : SplitStatus.REJECTED) && decidedAt != null) {
      return false;
    }
    if (status != SplitStatus.OWNER_ACCEPTED) {
      throw new SplitNotOpen(id, status);
    }
    status = approved ? SplitStatus.APPROVED : SplitStatus.REJECTED;
    decidedBy = by;
    decisionNote = note;
    decidedAt = at;
    openDealId = null;
    return true;
  }

  /** The owner did not answer in time; a split answered meanwhile stays as it is. */
  boolean expire() {
    if (status != SplitStatus.PROPOSED) {
      return false;
    }
    status = SplitStatus.EXPIRED;
    openDealId = null;
    return true;
  }

  void supersede() {
    if (status == SplitStatus.APPROVED) {
      status = SplitStatus.SUPERSEDED;
    }
  }

  /** Binds the split to its instance; answers false when another instance has it (a start made twice). */
  boolean bind(long instanceKey) {
    if (processInstanceKey == null) {
      processInstanceKey = instanceKey;
    }
    return processInstanceKey == instanceKey;
  }

  public Long getId() {
    return id;
  }

  public long getDealId() {
    return dealId;
  }

  public long getOwnerPartnerId() {
    return ownerPartnerId;
  }

  public SplitStatus getStatus() {
    return status;
  }

  public List<SplitShare> getShares() {
    return List.copyOf(shares);
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public String getOwnerAnsweredBy() {
    return ownerAnsweredBy;
  }

  public Instant getOwnerAnsweredAt() {
    return ownerAnsweredAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public Long getProcessInstanceKey() {
    return processInstanceKey;
  }
}
