package org.partnerengine.prediction;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A trained churn model with the scores it earned on the held-out months. Promotion needs the gate
 * and a manager; the transitions below refuse any other order.
 */
@Entity
public final class ChurnModel {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private ModelStatus status;

  private Instant trainedAt;
  private LocalDate trainUntil;
  private LocalDate heldOutUntil;
  private int trainingRows;
  private int heldOutRows;
  private BigDecimal baseRate;
  private BigDecimal auc;
  private BigDecimal calibrationError;
  private BigDecimal previousModelAuc;
  private String decisionReason;
  private String decidedBy;
  private Instant decidedAt;
  private Long processInstanceKey;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private byte[] modelBytes;

  @Version private long version;

  protected ChurnModel() {}

  ChurnModel(
      long processInstanceKey, LocalDate trainUntil, LocalDate heldOutUntil, int trainingRows, HeldOutScores scores, Double previousModelAuc,
      byte[] modelBytes, Instant at) {
    this.processInstanceKey = processInstanceKey;
    this.status = ModelStatus.CANDIDATE;
    this.trainedAt = at;
    this.trainUntil = trainUntil;
    this.heldOutUntil = heldOutUntil;
    this.trainingRows = trainingRows;
    this.heldOutRows = scores.rows();
    this.baseRate = decimal(scores.baseRate());
    this.auc = decimal(scores.auc());
    this.calibrationError = decimal(scores.calibrationError());
    this.previousModelAuc = previousModelAuc == null ? null : decimal(previousModelAuc);
    this.modelBytes = modelBytes;
  }

  /** Puts the candidate in use; answers false when it was promoted before (a redelivered job). */
  boolean promote(String by, String reason, Instant at) {
    if (status == ModelStatus.PROMOTED) {
      return false;
    }
    requireCandidate();
    status = ModelStatus.PROMOTED;
    decide(by, reason, at);
    return true;
  }

  boolean reject(String by, String reason, Instant at) {
    if (status == ModelStatus.REJECTED) {
      return false;
    }
    requireCandidate();
    status = ModelStatus.REJECTED;
    decide(by, reason, at);
    return true;
  }

  void retire() {
    if (status == ModelStatus.PROMOTED) {
      status = ModelStatus.RETIRED;
    }
  }

  private void decide(String by, String reason, Instant at) {
    decidedBy = by;
    decisionReason = reason == null ? null : reason.length() > 500 ? reason.substring(0, 500) : reason;
    decidedAt = at;
  }

  private void requireCandidate() {
    if (status != ModelStatus.CANDIDATE) {
      throw new IllegalStateException("Churn model " + id + " is " + status + ", not a candidate");
    }
  }

  private static BigDecimal decimal(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
  }

  public Long getId() {
    return id;
  }

  public ModelStatus getStatus() {
    return status;
  }

  public Instant getTrainedAt() {
    return trainedAt;
  }

  public LocalDate getTrainUntil() {
    return trainUntil;
  }

  public LocalDate getHeldOutUntil() {
    return heldOutUntil;
  }

  public int getTrainingRows() {
    return trainingRows;
  }

  public int getHeldOutRows() {
    return heldOutRows;
  }

  public BigDecimal getBaseRate() {
    return baseRate;
  }

  public BigDecimal getAuc() {
    return auc;
  }

  public BigDecimal getCalibrationError() {
    return calibrationError;
  }

  public BigDecimal getPreviousModelAuc() {
    return previousModelAuc;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Long getProcessInstanceKey() {
    return processInstanceKey;
  }

  byte[] getModelBytes() {
    return modelBytes;
  }
}
