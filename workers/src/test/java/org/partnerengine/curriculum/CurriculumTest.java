package org.partnerengine.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.catalogue.CatalogueDescription;
import org.partnerengine.catalogue.CatalogueEntry;
import org.partnerengine.catalogue.CatalogueEntryExists;
import org.partnerengine.catalogue.CatalogueEntryNotFound;
import org.partnerengine.catalogue.InvalidCatalogueEntry;
import org.partnerengine.catalogue.TrainingCatalogue;
import org.partnerengine.catalogue.TrainingKind;
import org.partnerengine.certification.Certification;
import org.partnerengine.certification.CertificationSettings;
import org.partnerengine.enablement.Enablement;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

@DatabaseTest
@Import({
  Curricula.class,
  TrainingCatalogue.class,
  Enablement.class,
  Certification.class,
  org.partnerengine.notification.NotificationOutbox.class,
  PartnerHistory.class,
  CurriculumTest.Fixtures.class
})
class CurriculumTest {

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

  @Autowired Curricula curricula;
  @Autowired TrainingCatalogue catalogue;
  @Autowired Enablement enablement;
  @Autowired Certification certification;
  @Autowired Partners partners;

  @Test
  void theCatalogueIsSeededWithTheCoursesOfTheCurriculumDecisionAndTheExams() {
    assertThat(catalogue.list(false))
        .extracting(CatalogueEntry::getId, CatalogueEntry::getKind)
        .contains(
            tuple("product-essentials", TrainingKind.COURSE),
            tuple("sales-fundamentals", TrainingKind.COURSE),
            tuple("technical-deployment", TrainingKind.COURSE),
            tuple("managed-services-ops", TrainingKind.COURSE),
            tuple("referral-basics", TrainingKind.COURSE),
            tuple("integration-essentials", TrainingKind.COURSE),
            tuple("sales-certification", TrainingKind.EXAM),
            tuple("technical-certification", TrainingKind.EXAM),
            tuple("managed-services-certification", TrainingKind.EXAM));
    assertThat(catalogue.require("technical-certification").getPassMark()).isEqualByComparingTo("80");
  }

  @Test
  void listsTheRequiredCoursesWithTheirCatalogueTextAndProgress() {
    long partnerId = newPartner();
    enablement.enrol(partnerId, List.of("product-essentials", "technical-deployment", "secure-coding"));
    enablement.recordCompletion(partnerId, "product-essentials");

    Curriculum curriculum = curricula.of(partnerId);

    assertThat(curriculum.courses())
        .extracting(CourseProgress::courseId, CourseProgress::title, CourseProgress::catalogued, CourseProgress::status, CourseProgress::completedAt)
        .containsExactly(
            tuple("product-essentials", "Product essentials", true, CourseStatus.COMPLETED, NOW),
            // Required by the decision but not described yet: shown by its id.
            tuple("secure-coding", "secure-coding", false, CourseStatus.ENROLLED, null),
            tuple("technical-deployment", "Technical deployment", true, CourseStatus.ENROLLED, null));
    assertThat(curriculum.courses().get(0).link()).isEqualTo("https://training.example.com/courses/product-essentials");
    assertThat(curriculum.coursesCompleted()).isEqualTo(1);
  }

  @Test
  void aPartnerNotYetInEnablementHasNoCoursesButSeesTheExams() {
    Curriculum curriculum = curricula.of(newPartner());

    assertThat(curriculum.courses()).isEmpty();
    assertThat(curriculum.exams())
        .extracting(ExamProgress::examId, ExamProgress::passMark, ExamProgress::maxAttempts, ExamProgress::attemptsLeft)
        .containsExactly(
            tuple("managed-services-certification", new BigDecimal("75.00"), 3, 3),
            tuple("sales-certification", new BigDecimal("70.00"), 3, 3),
            tuple("technical-certification", new BigDecimal("80.00"), 3, 3));
  }

  @Test
  void countsTheAttemptsUsedAndLeftAndWhetherTheExamIsPassed() {
    long partnerId = newPartner();
    certification.recordAttempt(partnerId, "technical-certification", 1, score(70), score(80), 2, 1L);
    certification.recordAttempt(partnerId, "sales-certification", 1, score(60), score(70), 2, 2L);
    certification.recordAttempt(partnerId, "sales-certification", 1, score(72), score(70), 2, 3L);

    assertThat(curricula.of(partnerId).exams())
        .extracting(ExamProgress::examId, ExamProgress::attemptsUsed, ExamProgress::attemptsLeft, ExamProgress::passed, ExamProgress::bestScore)
        .containsExactly(
            tuple("managed-services-certification", 0, 3, false, null),
            tuple("sales-certification", 2, 0, true, new BigDecimal("72.00")),
            tuple("technical-certification", 1, 2, false, new BigDecimal("70.00")));
  }

  @Test
  void anExamSatAndRetiredSinceOrNeverCataloguedStaysOnTheList() {
    long partnerId = newPartner();
    certification.recordAttempt(partnerId, "managed-services-certification", 1, score(50), score(75), 2, 1L);
    certification.recordAttempt(partnerId, "core-platform", 1, score(50), score(65), 2, 2L);
    catalogue.retire("managed-services-certification");
    catalogue.retire("technical-certification");

    assertThat(curricula.of(partnerId).exams())
        .extracting(ExamProgress::examId, ExamProgress::catalogued, ExamProgress::passMark, ExamProgress::maxAttempts, ExamProgress::attemptsLeft)
        .containsExactly(
            tuple("sales-certification", true, new BigDecimal("70.00"), 3, 3),
            tuple("managed-services-certification", true, new BigDecimal("75.00"), 3, 2),
            // The decided pass mark it was judged by, and the configured attempts.
            tuple("core-platform", false, new BigDecimal("65.00"), 2, 1));
  }

  @Test
  void managersAddDescribeAndRetireEntries() {
    catalogue.add("security-basics", TrainingKind.COURSE, new CatalogueDescription("Security basics", "Keys and roles", "https://training.example.com/s", null, null));
    catalogue.describe("security-basics", new CatalogueDescription("Security fundamentals", null, null, null, null));
    CatalogueEntry retired = catalogue.retire("security-basics");
    catalogue.retire("security-basics");

    assertThat(retired.getTitle()).isEqualTo("Security fundamentals");
    assertThat(retired.getRetiredAt()).isEqualTo(NOW);
    assertThat(catalogue.list(false)).extracting(CatalogueEntry::getId).doesNotContain("security-basics");
    assertThat(catalogue.list(true)).extracting(CatalogueEntry::getId).contains("security-basics");
  }

  @Test
  void refusesAnEntryThatDoesNotFitItsKindOrTakesATakenId() {
    assertThatThrownBy(() -> catalogue.add("x-exam", TrainingKind.EXAM, new CatalogueDescription("X", null, null, null, 3)))
        .isInstanceOfSatisfying(InvalidCatalogueEntry.class, e -> assertThat(e.field()).isEqualTo("passMark"));
    assertThatThrownBy(() -> catalogue.add("x-exam", TrainingKind.EXAM, new CatalogueDescription("X", null, null, score(101), 3)))
        .isInstanceOf(InvalidCatalogueEntry.class);
    assertThatThrownBy(() -> catalogue.add("x-exam", TrainingKind.EXAM, new CatalogueDescription("X", null, null, score(50), 0)))
        .isInstanceOfSatisfying(InvalidCatalogueEntry.class, e -> assertThat(e.field()).isEqualTo("maxAttempts"));
    assertThatThrownBy(() -> catalogue.add("x-course", TrainingKind.COURSE, new CatalogueDescription("X", null, null, score(50), null)))
        .isInstanceOf(InvalidCatalogueEntry.class);
    assertThatThrownBy(() -> catalogue.add("sales-certification", TrainingKind.COURSE, new CatalogueDescription("X", null, null, null, null)))
        .isInstanceOf(CatalogueEntryExists.class);
    assertThatThrownBy(() -> catalogue.describe("no-such-course", new CatalogueDescription("X", null, null, null, null)))
        .isInstanceOf(CatalogueEntryNotFound.class);
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
