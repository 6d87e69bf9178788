package org.partnerengine.certification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneOffset;

/** Proof that a partner passed an exam, valid until it expires; each renewal is a new certificate. */
@Entity
public final class Certificate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long partnerId;
  private String examId;
  private int certificationCycle;
  private String certificateNumber;

  @Enumerated(EnumType.STRING)
  private CertificateStatus status;

  private Instant issuedAt;
  private Instant expiresAt;
  private Instant expiredAt;

  @Version private long version;

  protected Certificate() {}

  Certificate(long partnerId, String examId, int certificationCycle, Instant issuedAt, Instant expiresAt) {
    this.partnerId = partnerId;
    this.examId = examId;
    this.certificationCycle = certificationCycle;
    this.status = CertificateStatus.ACTIVE;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  /** The number printed on the certificate, {@code PE-<year issued>-<id, six digits>}; needs the id. */
  void assignNumber() {
    if (certificateNumber == null) {
      certificateNumber = String.format("PE-%d-%06d", issuedAt.atZone(ZoneOffset.UTC).getYear(), id);
    }
  }

  /**
   * Expires the certificate.
   *
   * @return false when it had expired already
   */
  boolean expire(Instant at) {
    if (status == CertificateStatus.EXPIRED) {
      return false;
    }
    status = CertificateStatus.EXPIRED;
    expiredAt = at;
    return true;
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

  public String getCertificateNumber() {
    return certificateNumber;
  }

  public CertificateStatus getStatus() {
    return status;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getExpiredAt() {
    return expiredAt;
  }
}
