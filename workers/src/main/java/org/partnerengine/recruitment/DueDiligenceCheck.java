package org.partnerengine.recruitment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The result of a partner's due diligence, kept as evidence: one per partner. */
@Entity
public final class DueDiligenceCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long partnerId;

  @Enumerated(EnumType.STRING)
  private DueDiligenceOutcome outcome;

  private String reason;
  private Instant checkedAt;

  protected DueDiligenceCheck() {}

  DueDiligenceCheck(long partnerId, DueDiligenceOutcome outcome, String reason, Instant checkedAt) {
    this.partnerId = partnerId;
    this.outcome = outcome;
    this.reason = reason;
    this.checkedAt = checkedAt;
  }

  public boolean passed() {
    return outcome == DueDiligenceOutcome.PASSED;
  }

  public Long getId() {
    return id;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public DueDiligenceOutcome getOutcome() {
    return outcome;
  }

  public String getReason() {
    return reason;
  }

  public Instant getCheckedAt() {
    return checkedAt;
  }
}
