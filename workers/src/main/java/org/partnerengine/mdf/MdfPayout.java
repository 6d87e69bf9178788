package org.partnerengine.mdf;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Money paid out for a verified claim: one per request, ever (unique request id). */
@Entity
@Table(name = "mdf_payout")
public final class MdfPayout {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long mdfRequestId;
  private BigDecimal amount;
  private BigDecimal programmeAmount;
  private Instant paidAt;

  protected MdfPayout() {}

  /** The amount in the request's currency, and in the programme currency at the request's rate. */
  public MdfPayout(long mdfRequestId, BigDecimal amount, BigDecimal programmeAmount, Instant paidAt) {
    this.mdfRequestId = mdfRequestId;
    this.amount = amount;
    this.programmeAmount = programmeAmount;
    this.paidAt = paidAt;
  }

  public long getMdfRequestId() {
    return mdfRequestId;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public BigDecimal getProgrammeAmount() {
    return programmeAmount;
  }
}
