package org.partnerengine.partner;

import java.time.Instant;
import org.partnerengine.certification.Certificate;
import org.partnerengine.certification.CertificateStatus;

/** A certificate on the partner page: what was passed, its number, and until when it holds. */
public record CertificateView(
    long id, String examId, int cycle, String number, CertificateStatus status, Instant issuedAt, Instant expiresAt) {

  public static CertificateView of(Certificate certificate) {
    return new CertificateView(
        certificate.getId(),
        certificate.getExamId(),
        certificate.getCertificationCycle(),
        certificate.getCertificateNumber(),
        certificate.getStatus(),
        certificate.getIssuedAt(),
        certificate.getExpiresAt());
  }
}
