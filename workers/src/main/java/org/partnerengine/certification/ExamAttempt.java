package org.partnerengine.certification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/** One exam result of a partner, numbered within its exam and certification cycle. */
@Entity
public final class ExamAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long partnerId;
  private String examId;
  private int certificationCycle;
  private int attemptNumber;
  private BigDecimal score;
  private BigDecimal passMark;
  private boolean passed;
  private Instant attemptedAt;
  private long elementInstanceKey;

  protected ExamAttempt() {}

  ExamAttempt(
      long partnerId,
      String examId,
      int certificationCycle,
      int attemptNumber,
      BigDecimal score,
      BigDecimal passMark,
      Instant at,
      long elementInstanceKey) {
    this.partnerId = partnerId;
    this.examId = examId;
    this.certificationCycle = certificationCycle;
    this.attemptNumber = attemptNumber;
    this.score = score;
    this.passMark = passMark;
    this.passed = score.compareTo(passMark) >= 0;
    this.attemptedAt = at;
    this.elementInstanceKey = elementInstanceKey;
  }

  public Long getId() {
    return id;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public String getExamId() {
    return examId;
  }

  public int getCertificationCycle() {
    return certificationCycle;
  }

  public int getAttemptNumber() {
    return attemptNumber;
  }

  public BigDecimal getScore() {
    return score;
  }

  public BigDecimal getPassMark() {
    return passMark;
  }

  public boolean isPassed() {
    return passed;
  }

  public Instant getAttemptedAt() {
    return attemptedAt;
  }

  public long getElementInstanceKey() {
    return elementInstanceKey;
  }
}
