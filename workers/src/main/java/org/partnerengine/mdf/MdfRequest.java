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
import org.partnerengine.money.Conversion;

/**
 * A partner's request for market development funds. Budget moves (reserve, release, pay) are
 * conditional updates in {@link MdfRequestRepository}, so that concurrent and repeated jobs
 * change a request's money exactly once; the entity guards the other transitions. The amount is in
 * the request's currency; the budget is drawn in its programme-currency amount, converted at the rate
 * of the day it was requested and kept with the rate.
 */
@Entity
@Table(name = "mdf_request")
public final class MdfRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long partnerId;
  /** The region whose budget it draws from: its partner's when it was requested. */
  private long regionId;
  private String tier;
  private String activity;
  private BigDecimal amount;
  private String currency;
  private BigDecimal programmeAmount;
  private String programmeCurrency;
  private BigDecimal fxRate;
  private LocalDate fxRateDate;
  private LocalDate plannedDate;
  private String budgetQuarter;

  @Enumerated(EnumType.STRING)
  private MdfStatus status;

  private BigDecimal reservedAmount;
  private String reason;
  private Long processInstanceKey;
  private Instant requestedAt;
  private Instant updatedAt;
  private Long campaignParticipationId;

  @Version private long version;

  protected MdfRequest() {}

  public MdfRequest(
      long partnerId, long regionId, String tier, String activity, BigDecimal amount, String currency, Conversion inProgramme, LocalDate plannedDate, Instant at) {
    this.partnerId = partnerId;
    this.regionId = regionId;
    this.tier = tier;
    this.activity = activity;
    this.amount = amount;
    this.currency = currency;
    this.programmeAmount = inProgramme.amount();
    this.programmeCurrency = inProgramme.currency();
    this.fxRate = inProgramme.rate();
    this.fxRateDate = inProgramme.rateDate();
    this.plannedDate = plannedDate;
    this.budgetQuarter = quarterOf(plannedDate);
    this.status = MdfStatus.REQUESTED;
    this.requestedAt = at;
    this.updatedAt = at;
  }

  /** Marks a request made for a partner's part in a joint campaign; its campaign starts its process. */
  void forCampaign(long participationId) {
    this.campaignParticipationId = participationId;
  }

  public Long getCampaignParticipationId() {
    return campaignParticipationId;
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

  /** The currency of the amount, the reservation, the claim and the payout; null for a request from before currencies. */
  public String getCurrency() {
    return currency;
  }

  /**
   * What the request draws on its budget: the amount in the programme currency at the request date's
   * rate. A request from before currencies was in the programme currency: its amount.
   */
  public BigDecimal budgetAmount() {
    return programmeAmount == null ? amount : programmeAmount;
  }

  /** The rate the request was converted at (1 for a request from before currencies). */
  public BigDecimal budgetRate() {
    return fxRate == null ? BigDecimal.ONE : fxRate;
  }

  public BigDecimal getProgrammeAmount() {
    return programmeAmount;
  }

  public String getProgrammeCurrency() {
    return programmeCurrency;
  }

  public BigDecimal getFxRate() {
    return fxRate;
  }

  public LocalDate getFxRateDate() {
    return fxRateDate;
  }

  public LocalDate getPlannedDate() {
    return plannedDate;
  }

  public long getRegionId() {
    return regionId;
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
