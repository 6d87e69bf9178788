package org.partnerengine.mdf;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A partner's request for market development funds. Budget moves (reserve, release, pay) are
 * conditional updates in {@link MdfRequestRepository}, so that concurrent and repeated jobs
 * change a request's money exactly once; the entity guards the other transitions.
 */
@Entity
@Table(name = "mdf_request")
public class MdfRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long partnerId;
  private String tier;
  private String activity;
  private BigDecimal amount;
  private LocalDate plannedDate;
  private String budgetQuarter;

  @Enumerated(EnumType.STRING)
  private MdfStatus status;

  private BigDecimal reservedAmount;
  private String reason;
  private Long processInstanceKey;
  private Instant requestedAt;
  private Instant updatedAt;

  @Version private long version;

  protected MdfRequest() {}

  public MdfRequest(long partnerId, String tier, String activity, BigDecimal amount, LocalDate plannedDate, Instant at) {
    this.partnerId = partnerId;
    this.tier = tier;
    this.activity = activity;
    this.amount = amount;
    this.plannedDate = plannedDate;
    this.budgetQuarter = quarterOf(plannedDate);
    this.status = MdfStatus.REQUESTED;
    this.requestedAt = at;
    this.updatedAt = at;
  }

  /** The budget quarter a request draws on: the quarter of its planned date, as 2026-Q3. */
  static String quarterOf(LocalDate date) {
    return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
  }

  boolean reject(String why, Instant at) {
    if (status != MdfStatus.REQUESTED) {
      return false;
    }
    status = MdfStatus.REJECTED;
    reason = why;
    updatedAt = at;
    return true;
  }

  void markClaimed(BigDecimal amountClaimed, Instant at) {
    if (status != MdfStatus.RESERVED) {
      throw new MdfClaimRefused("MDF request " + id + " is " + status + " and takes no claim");
    }
    if (amountClaimed.compareTo(reservedAmount) > 0) {
      throw new MdfClaimRefused("The claim of " + amountClaimed + " is more than the " + reservedAmount + " reserved");
    }
    status = MdfStatus.CLAIMED;
    updatedAt = at;
  }

  void unmarkClaimed(Instant at) {
    if (status == MdfStatus.CLAIMED) {
      status = MdfStatus.RESERVED;
      updatedAt = at;
    }
  }

  public Long getId() {
    return id;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public String getTier() {
    return tier;
  }

  public String getActivity() {
    return activity;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public LocalDate getPlannedDate() {
    return plannedDate;
  }

  public String getBudgetQuarter() {
    return budgetQuarter;
  }

  public MdfStatus getStatus() {
    return status;
  }

  public BigDecimal getReservedAmount() {
    return reservedAmount;
  }

  public String getReason() {
    return reason;
  }

  public Long getProcessInstanceKey() {
    return processInstanceKey;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }
}
