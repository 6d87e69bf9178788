package org.partnerengine.mdf;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The partner's proof that the funded activity happened, and what it claims. One per request. */
@Entity
@Table(name = "mdf_claim")
public final class MdfClaim {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long mdfRequestId;
  private String proofOfPerformance;
  private BigDecimal amountClaimed;
  private Instant submittedAt;

  protected MdfClaim() {}

  public MdfClaim(long mdfRequestId, String proofOfPerformance, BigDecimal amountClaimed, Instant submittedAt) {
    this.mdfRequestId = mdfRequestId;
    this.proofOfPerformance = proofOfPerformance;
    this.amountClaimed = amountClaimed;
    this.submittedAt = submittedAt;
  }

  public Long getId() {
    return id;
  }

  public long getMdfRequestId() {
    return mdfRequestId;
  }

  public String getProofOfPerformance() {
    return proofOfPerformance;
  }

  public BigDecimal getAmountClaimed() {
    return amountClaimed;
  }
}
