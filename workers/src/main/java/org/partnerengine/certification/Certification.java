package org.partnerengine.certification;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.partnerengine.catalogue.CatalogueEntry;
import org.partnerengine.catalogue.TrainingCatalogue;
import org.partnerengine.notification.NotificationOutbox;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exam attempts and certificates. Each step has a natural key (the recording step's element
 * instance, partner + exam + cycle, the certificate), so a job delivered twice changes nothing.
 * The partner hears of a certificate when it is issued and when it is due for renewal.
 */
@Service
public class Certification {

  private final ExamAttempts attempts;
  private final Certificates certificates;
  private final Partners partners;
  private final PartnerHistory history;
  private final CertificationSettings settings;
  private final TrainingCatalogue catalogue;
  private final Clock clock;
  private final NotificationOutbox outbox;

  public Certification(
      ExamAttempts attempts,
      Certificates certificates,
      Partners partners,
      PartnerHistory history,
      CertificationSettings settings,
      TrainingCatalogue catalogue,
      Clock clock,
      NotificationOutbox outbox) {
    this.attempts = attempts;
    this.certificates = certificates;
    this.partners = partners;
    this.history = history;
    this.settings = settings;
    this.catalogue = catalogue;
    this.clock = clock;
    this.outbox = outbox;
  }

  /**
   * Records one exam result. A catalogued exam is judged by the catalogue's pass mark and attempts,
   * which managers keep and partners see; any other exam by the exam-pass-mark decision's mark and
   * the attempts the process was given. The answer carries the attempts that apply, which the
   * retake gateway reads.
   */
  @Transactional
  public ExamOutcome recordAttempt(
      long partnerId,
      String examId,
      int cycle,
      BigDecimal score,
      BigDecimal decidedPassMark,
      int givenMaxAttempts,
      long elementInstanceKey) {
    Partner partner = partners.require(partnerId);
    Optional<CatalogueEntry> catalogued = catalogue.exam(examId);
    BigDecimal passMark = catalogued.map(CatalogueEntry::getPassMark).orElse(decidedPassMark);
    int maxAttempts = catalogued.map(CatalogueEntry::getMaxAttempts).orElse(givenMaxAttempts);
    ExamAttempt attempt =
        attempts
            .findByElementInstanceKey(elementInstanceKey)
            .orElseGet(
                () -> {
                  int number = (int) attempts.countByPartnerIdAndExamIdAndCertificationCycle(partnerId, examId, cycle) + 1;
                  ExamAttempt recorded =
                      attempts.save(
                          new ExamAttempt(partnerId, examId, cycle, number, score, passMark, clock.instant(), elementInstanceKey));
                  history.record(
                      partner,
                      recorded.isPassed() ? "EXAM_PASSED" : "EXAM_FAILED",
                      "system",
                      "%s attempt %d: %s (pass mark %s)".formatted(examId, number, score.toPlainString(), passMark.toPlainString()));
                  return recorded;
                });
    return new ExamOutcome(attempt.isPassed(), attempt.getAttemptNumber(), maxAttempts);
  }

  /** Issues the certificate of this exam and cycle, or answers the one issued before. */
  @Transactional
  public Certificate issue(long partnerId, String examId, int cycle) {
    Partner partner = partners.require(partnerId);
    return certificates
        .findByPartnerIdAndExamIdAndCertificationCycle(partnerId, examId, cycle)
        .orElseGet(
            () -> {
              Instant now = clock.instant();
              Certificate certificate =
                  certificates.saveAndFlush(new Certificate(partnerId, examId, cycle, now, now.plus(settings.certificateValidity())));
              certificate.assignNumber();
              history.record(
                  partner,
                  "CERTIFICATE_ISSUED",
                  "system",
                  "%s for %s, valid until %s".formatted(certificate.getCertificateNumber(), examId, certificate.getExpiresAt()));
              outbox.enqueue(partnerId, "certificate-issued", "certificate-" + certificate.getId() + ":issued", mailValues(certificate));
              return certificate;
            });
  }

  @Transactional
  public void markRenewalDue(long partnerId, long certificateId) {
    Certificate certificate = certificates.require(certificateId);
    history.recordOnce(
        "certificate-" + certificateId + ":renewal-due",
        partners.require(partnerId),
        "RENEWAL_DUE",
        "system",
        "%s expires %s".formatted(certificate.getCertificateNumber(), certificate.getExpiresAt()));
    outbox.enqueue(partnerId, "certificate-expiring", "certificate-" + certificateId + ":expiring", mailValues(certificate));
  }

  private static Map<String, String> mailValues(Certificate certificate) {
    return Map.of(
        "certificateNumber", certificate.getCertificateNumber(),
        "examId", certificate.getExamId(),
        "expiresOn", certificate.getExpiresAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
  }

  /**
   * Expires the certificate.
   *
   * @return the certificate, expired now or before
   */
  @Transactional
  public Certificate expire(long partnerId, long certificateId) {
    Certificate certificate = certificates.require(certificateId);
    if (certificate.expire(clock.instant())) {
      history.record(partners.require(partnerId), "CERTIFICATE_EXPIRED", "system", certificate.getCertificateNumber());
    }
    return certificate;
  }
}
