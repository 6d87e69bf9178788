package org.partnerengine.cosell;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A partner's request for the vendor's help on one of its deals, answered by the direct sales group
 * of the deal's territory in the co-sell-request process.
 */
@Entity
public final class CoSellRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long dealId;
  private long partnerId;

  @Enumerated(EnumType.STRING)
  private CoSellHelp help;

  private String details;
  private LocalDate neededBy;
  private String directSalesGroup;

  @Enumerated(EnumType.STRING)
  private CoSellStatus status;

  /** The deal's id while OPEN: the unique column keeps one open request per deal. */
  private Long openDealId;

  private String requestedBy;
  private Instant requestedAt;
  private String answeredBy;
  private Instant answeredAt;
  private String answerNote;
  private Instant overdueAt;
  private Long processInstanceKey;
  private Instant startClaimedAt;

  @Version private long version;

  protected CoSellRequest() {}

  CoSellRequest(
      long dealId, long partnerId, CoSellHelp help, String details, LocalDate neededBy, String directSalesGroup, String requestedBy,
      Instant at) {
    this.dealId = dealId;
    this.partnerId = partnerId;
    this.help = help;
    this.details = details;
    this.neededBy = neededBy;
    this.directSalesGroup = directSalesGroup;
    this.status = CoSellStatus.OPEN;
    this.openDealId = dealId;
    this.requestedBy = requestedBy;
    this.requestedAt = at;
  }

  /** Records direct sales' answer once: a second answer (a redelivered job) changes nothing. */
  boolean answer(boolean accepted, String note, String by, Instant at) {
    if (status != CoSellStatus.OPEN) {
      return false;
    }
    status = accepted ? CoSellStatus.ACCEPTED : CoSellStatus.DECLINED;
    openDealId = null;
    answerNote = note;
    answeredBy = by;
    answeredAt = at;
    return true;
  }

  /** The answer is late: marked once, while the request is still open. */
  boolean markOverdue(Instant at) {
    if (status != CoSellStatus.OPEN || overdueAt != null) {
      return false;
    }
    overdueAt = at;
    return true;
  }

  /** Binds the request to its instance; answers false when another instance has it (a start made twice). */
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

  public long getPartnerId() {
    return partnerId;
  }

  public CoSellHelp getHelp() {
    return help;
  }

  public String getDetails() {
    return details;
  }

  public LocalDate getNeededBy() {
    return neededBy;
  }

  public String getDirectSalesGroup() {
    return directSalesGroup;
  }

  public CoSellStatus getStatus() {
    return status;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public String getAnswerNote() {
    return answerNote;
  }

  public Instant getOverdueAt() {
    return overdueAt;
  }

  public Long getProcessInstanceKey() {
    return processInstanceKey;
  }
}
