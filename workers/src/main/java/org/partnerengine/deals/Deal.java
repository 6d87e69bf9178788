package org.partnerengine.deals;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.partnerengine.money.Conversion;

/**
 * A partner's registration of an opportunity with one customer. It guards its own transitions:
 * only a registered deal is approved, only an approved one is extended (once), expired or closed.
 */
@Entity
public final class Deal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long partnerId;
  private String customerName;
  private String customerDomain;
  private BigDecimal amount;
  private String currency;
  private LocalDate expectedCloseDate;

  @Enumerated(EnumType.STRING)
  private DealStatus status;

  private Long processInstanceKey;
  private Long conflictingDealId;
  private Instant protectedUntil;
  private boolean protectionExtended;
  private BigDecimal outcomeAmount;

  @Enumerated(EnumType.STRING)
  private OutcomeReporter outcomeReporter;

  private Instant wonVerifiedAt;
  private LocalDate closedOn;
  private BigDecimal programmeAmount;
  private String programmeCurrency;
  private BigDecimal fxRate;
  private LocalDate fxRateDate;
  private String reason;
  private Instant registeredAt;
  private Instant updatedAt;

  @Version private long version;

  protected Deal() {}

  public Deal(
      long partnerId,
      String customerName,
      String customerDomain,
      BigDecimal amount,
      String currency,
      LocalDate expectedCloseDate,
      Instant at) {
    this.partnerId = partnerId;
    this.customerName = customerName;
    this.customerDomain = customerDomain;
    this.amount = amount;
    this.currency = currency;
    this.expectedCloseDate = expectedCloseDate;
    this.status = DealStatus.REGISTERED;
    this.registeredAt = at;
    this.updatedAt = at;
  }

  void recordConflictWith(Long otherDealId, Instant at) {
    if (java.util.Objects.equals(conflictingDealId, otherDealId)) {
      return; // a redelivered check: the row already says so
    }
    conflictingDealId = otherDealId;
    updatedAt = at;
  }

  /** Protects the deal until the end of the window; a repeated approval keeps the first window. */
  void approve(Duration window, Instant at) {
    if (status == DealStatus.APPROVED) {
      return;
    }
    requireStatus(DealStatus.REGISTERED);
    status = DealStatus.APPROVED;
    protectedUntil = at.plus(window);
    updatedAt = at;
  }

  /** Extends the protection once. Answers false when it was extended before. */
  boolean extendProtection(Duration extension, Instant at) {
    requireStatus(DealStatus.APPROVED);
    if (protectionExtended) {
      return false;
    }
    protectionExtended = true;
    protectedUntil = protectedUntil.plus(extension);
    updatedAt = at;
    return true;
  }

  /** Rejects an open deal; a closed one keeps its status. Answers whether it changed. */
  boolean reject(String why, Instant at) {
    if (!status.isOpen()) {
      return false;
    }
    status = DealStatus.REJECTED;
    reason = why;
    updatedAt = at;
    return true;
  }

  boolean expire(Instant at) {
    if (status != DealStatus.APPROVED) {
      return false;
    }
    status = DealStatus.EXPIRED;
    updatedAt = at;
    return true;
  }

  /**
   * Records won or lost. A win stays WON_UNVERIFIED unless {@code vouched}: then it counts at once.
   * Answers false when the deal was closed before with the same outcome (a redelivered job).
   */
  boolean close(DealOutcome outcome, BigDecimal finalAmount, OutcomeReporter reporter, boolean vouched, Instant at) {
    boolean won = outcome == DealOutcome.WON;
    if (won ? status == DealStatus.WON || status == DealStatus.WON_UNVERIFIED : status == DealStatus.LOST) {
      return false;
    }
    requireStatus(DealStatus.APPROVED);
    status = !won ? DealStatus.LOST : vouched ? DealStatus.WON : DealStatus.WON_UNVERIFIED;
    outcomeAmount = finalAmount == null ? amount : finalAmount;
    outcomeReporter = reporter;
    wonVerifiedAt = status == DealStatus.WON ? at : null;
    closedOn = LocalDate.ofInstant(at, ZoneOffset.UTC);
    updatedAt = at;
    return true;
  }

  /**
   * Staff confirmed the reported win, at the amount they name if they name one. Answers false
   * when it was confirmed before.
   */
  boolean confirmWon(BigDecimal confirmedAmount, Instant at) {
    if (status == DealStatus.WON) {
      return false;
    }
    requireStatus(DealStatus.WON_UNVERIFIED);
    status = DealStatus.WON;
    if (confirmedAmount != null) {
      outcomeAmount = confirmedAmount;
    }
    wonVerifiedAt = at;
    updatedAt = at;
    return true;
  }

  /**
   * Staff could not confirm the reported win: the deal is lost, with their reason, and counts
   * nowhere as won. Answers false when that was recorded before.
   */
  boolean refuseWon(String why, Instant at) {
    if (status == DealStatus.LOST) {
      return false;
    }
    requireStatus(DealStatus.WON_UNVERIFIED);
    status = DealStatus.LOST;
    reason = why;
    updatedAt = at;
    return true;
  }

  /** The amount the deal was won at: the outcome amount when one was reported, else the registered one. */
  public BigDecimal wonAmount() {
    return outcomeAmount == null ? amount : outcomeAmount;
  }

  /** A verified win without its amount in this programme currency (not booked yet, or booked in another). */
  boolean awaitsProgrammeAmount(String currency) {
    return status == DealStatus.WON && !currency.equals(programmeCurrency);
  }

  /**
   * Keeps the won amount in the programme currency, converted at the close date's rate. Only a
   * verified win is booked; a rate imported later never changes it.
   */
  void bookInProgrammeCurrency(Conversion conversion) {
    requireStatus(DealStatus.WON);
    programmeAmount = conversion.amount();
    programmeCurrency = conversion.currency();
    fxRate = conversion.rate();
    fxRateDate = conversion.rateDate();
  }

  private void requireStatus(DealStatus expected) {
    if (status != expected) {
      throw new IllegalStateException("Deal " + id + " is " + status + ", not " + expected);
    }
  }

  public Long getId() {
    return id;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public String getCustomerName() {
    return customerName;
  }

  public String getCustomerDomain() {
    return customerDomain;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }

  public LocalDate getExpectedCloseDate() {
    return expectedCloseDate;
  }

  public DealStatus getStatus() {
    return status;
  }

  public Long getProcessInstanceKey() {
    return processInstanceKey;
  }

  public Long getConflictingDealId() {
    return conflictingDealId;
  }

  public Instant getProtectedUntil() {
    return protectedUntil;
  }

  public boolean isProtectionExtended() {
    return protectionExtended;
  }

  public BigDecimal getOutcomeAmount() {
    return outcomeAmount;
  }

  public OutcomeReporter getOutcomeReporter() {
    return outcomeReporter;
  }

  public Instant getWonVerifiedAt() {
    return wonVerifiedAt;
  }

  /** The day the outcome was recorded (UTC), whose rate converts a win; null while the deal is open. */
  public LocalDate getClosedOn() {
    return closedOn;
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

  public String getReason() {
    return reason;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }
}
