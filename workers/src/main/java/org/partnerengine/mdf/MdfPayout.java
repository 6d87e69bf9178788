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
public class MdfPayout {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long mdfRequestId;
  private BigDecimal amount;
  private Instant paidAt;

  protected MdfPayout() {}

  public MdfPayout(long mdfRequestId, BigDecimal amount, Instant paidAt) {
    this.mdfRequestId = mdfRequestId;
    this.amount = amount;
    this.paidAt = paidAt;
  }

  public long getMdfRequestId() {
    return mdfRequestId;
  }

  public BigDecimal getAmount() {
    return amount;
  }
}
