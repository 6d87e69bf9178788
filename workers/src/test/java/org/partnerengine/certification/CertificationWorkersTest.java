package org.partnerengine.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.catalogue.CatalogueDescription;
import org.partnerengine.catalogue.TrainingCatalogue;
import org.partnerengine.messaging.PartnerMessages;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@DatabaseTest
@Import({
  Certification.class,
  RecordExamAttemptWorker.class,
  IssueCertificateWorker.class,
  RecordRenewalDueWorker.class,
  ExpireCertificateWorker.class,
  PartnerHistory.class,
  TrainingCatalogue.class,
  org.partnerengine.notification.NotificationOutbox.class,
  CertificationWorkersTest.Fixtures.class
})
class CertificationWorkersTest {

  static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @TestConfiguration(proxyBeanMethods = false)
  static class Fixtures {
    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Bean
    CertificationSettings certificationSettings() {
      return new CertificationSettings(2, Duration.ofDays(365), Duration.ofDays(30));
    }
  }

  @MockitoBean PartnerMessages messages;

  @Autowired RecordExamAttemptWorker recordAttempt;
  @Autowired IssueCertificateWorker issue;
  @Autowired RecordRenewalDueWorker renewalDue;
  @Autowired ExpireCertificateWorker expire;
  @Autowired ExamAttempts attempts;
  @Autowired Certificates certificates;
  @Autowired Partners partners;
  @Autowired PartnerEvents events;
  @Autowired TrainingCatalogue catalogue;
  @Autowired org.partnerengine.notification.Notifications notifications;

  @Test
  void numbersTheAttemptsAtAnExamAndComparesEachWithThePassMark() {
    long partnerId = newPartner();

    ExamOutcome first = recordAttempt.record(partnerId, "sales-certification", score(55), score(70), null, 2, 1L);
    ExamOutcome second = recordAttempt.record(partnerId, "sales-certification", score(70), score(70), null, 2, 2L);

    // The catalogue gives the sales certification three attempts.
    assertThat(first).isEqualTo(new ExamOutcome(false, 1, 3));
    assertThat(second).isEqualTo(new ExamOutcome(true, 2, 3));
  }

  @Test
  void judgesACataloguedExamByThePassMarkAndAttemptsManagersSetThere() {
    long partnerId = newPartner();
    catalogue.describe(
        "technical-certification",
        new CatalogueDescription("Technical certification", null, null, new BigDecimal("60"), 5));

    // The exam-pass-mark decision says 80 for this exam; the catalogue's 60 is what partners see.
    ExamOutcome outcome = recordAttempt.record(partnerId, "technical-certification", score(65), score(80), null, 2, 1L);

    assertThat(outcome).isEqualTo(new ExamOutcome(true, 1, 5));
    assertThat(attempts.findByPartnerIdOrderByAttemptedAtAscIdAsc(partnerId))
        .singleElement()
        .satisfies(a -> assertThat(a.getPassMark()).isEqualByComparingTo("60"));
  }

  @Test
  void judgesAnExamTheCatalogueLacksByTheDecidedPassMarkAndTheGivenAttempts() {
    long partnerId = newPartner();

    ExamOutcome outcome = recordAttempt.record(partnerId, "core-platform", score(65), score(70), null, 2, 1L);
    ExamOutcome unset = recordAttempt.record(partnerId, "core-platform", score(75), score(70), null, null, 2L);

    assertThat(outcome).isEqualTo(new ExamOutcome(false, 1, 2));
    // Without attempts from the process, the configured ones (2 here).
    assertThat(unset).isEqualTo(new ExamOutcome(true, 2, 2));
  }

  @Test
  void anAttemptJobDeliveredTwiceRecordsOneAttempt() {
    long partnerId = newPartner();

    recordAttempt.record(partnerId, "sales-certification", score(55), score(70), 1, 3, 1L);
    ExamOutcome again = recordAttempt.record(partnerId, "sales-certification", score(55), score(70), 1, 3, 1L);

    assertThat(again).isEqualTo(new ExamOutcome(false, 1, 3));
    assertThat(attempts.findByPartnerIdOrderByAttemptedAtAscIdAsc(partnerId)).hasSize(1);
    assertThat(events.countByPartnerIdAndType(partnerId, "EXAM_FAILED")).isEqualTo(1);
  }

  @Test
  void issuesANumberedCertificateValidForTheConfiguredPeriodAndStartsItsRenewal() {
    long partnerId = newPartner();

    IssuedCertificate issued = issue.issue(partnerId, "sales-certification", null);

    Certificate certificate = certificates.require(issued.certificateId());
    assertThat(certificate.getCertificateNumber()).isEqualTo("PE-2026-%06d".formatted(certificate.getId())).isEqualTo(issued.certificateNumber());
    assertThat(certificate.getIssuedAt()).isEqualTo(NOW);
    assertThat(certificate.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofDays(365)));
    assertThat(certificate.getCertificationCycle()).isEqualTo(1);
    assertThat(certificate.getStatus()).isEqualTo(CertificateStatus.ACTIVE);
    assertThat(issued.certified()).isTrue();
    verify(messages)
        .publish(
            "certificate-issued",
            String.valueOf(certificate.getId()),
            "certificate-issued:" + certificate.getId(),
            Map.of(
                "partnerId", partnerId,
                "certificateId", certificate.getId(),
                "examId", "sales-certification",
                "certificationCycle", 1,
                "expiresAt", "2027-03-01T10:00:00Z",
                "maxExamAttempts", 2,
                "certificateRenewalLeadTime", "PT720H"));
  }

  @Test
  void anIssueJobDeliveredTwiceIssuesOneCertificate() {
    long partnerId = newPartner();

    IssuedCertificate first = issue.issue(partnerId, "sales-certification", 1);
    IssuedCertificate again = issue.issue(partnerId, "sales-certification", 1);

    assertThat(again).isEqualTo(first);
    assertThat(certificates.countByPartnerId(partnerId)).isEqualTo(1);
    assertThat(events.countByPartnerIdAndType(partnerId, "CERTIFICATE_ISSUED")).isEqualTo(1);
    assertThat(notifications.countByPartnerIdAndTemplate(partnerId, "certificate-issued")).isEqualTo(1);
    // The twin publish carries the same message id, which the engine refuses while the first is buffered.
    verify(messages, times(2)).publish(eq("certificate-issued"), anyString(), eq("certificate-issued:" + first.certificateId()), anyMap());
  }

  @Test
  void aRenewalIsANewCertificateOfTheNextCycle() {
    long partnerId = newPartner();

    IssuedCertificate first = issue.issue(partnerId, "sales-certification", 1);
    IssuedCertificate renewed = issue.issue(partnerId, "sales-certification", 2);

    assertThat(renewed.certificateId()).isNotEqualTo(first.certificateId());
    assertThat(certificates.countByPartnerId(partnerId)).isEqualTo(2);
  }

  @Test
  void theRenewalIsRecordedOnceWhenItsJobIsDeliveredTwice() {
    long partnerId = newPartner();
    long certificateId = issue.issue(partnerId, "sales-certification", 1).certificateId();

    renewalDue.recordRenewalDue(partnerId, certificateId);
    renewalDue.recordRenewalDue(partnerId, certificateId);

    assertThat(events.countByPartnerIdAndType(partnerId, "RENEWAL_DUE")).isEqualTo(1);
    assertThat(notifications.findByPartnerIdOrderByIdAsc(partnerId))
        .filteredOn(n -> n.getTemplate().equals("certificate-expiring"))
        .singleElement()
        .satisfies(n -> assertThat(n.getParams()).contains("\"expiresOn\":\"2027-03-01\"", "\"examId\":\"sales-certification\""));
  }

  @Test
  void anExpiryJobDeliveredTwiceExpiresTheCertificateOnceAndAsksForOneTierReview() {
    long partnerId = newPartner();
    long certificateId = issue.issue(partnerId, "sales-certification", 1).certificateId();

    expire.expire(partnerId, certificateId);
    expire.expire(partnerId, certificateId);

    Certificate certificate = certificates.require(certificateId);
    assertThat(certificate.getStatus()).isEqualTo(CertificateStatus.EXPIRED);
    assertThat(certificate.getExpiredAt()).isEqualTo(NOW);
    assertThat(events.countByPartnerIdAndType(partnerId, "CERTIFICATE_EXPIRED")).isEqualTo(1);
    String messageId = "tier-review:" + partnerId + ":cert-expired:" + certificateId;
    verify(messages, times(2))
        .publish("tier-review-requested", String.valueOf(partnerId), messageId, Map.of("partnerId", partnerId, "trigger", "CERTIFICATE_EXPIRED"));
    verify(messages, times(2)).publish(eq("tier-review-requested"), anyString(), anyString(), anyMap());
  }

  private static BigDecimal score(int value) {
    return BigDecimal.valueOf(value);
  }

  private long newPartner() {
    return partners
        .saveAndFlush(
            new Partner("Acme", PartnerType.SYSTEM_INTEGRATOR, "DE", "acme.de", "Ada", "ada@acme.de", BigDecimal.TEN, 3, Instant.EPOCH))
        .getId();
  }
}
