package org.partnerengine.enablement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerEvent;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

@DatabaseTest
@Import({
  Enablement.class,
  EnrolPartnerWorker.class,
  RecordCourseCompletionWorker.class,
  SendTrainingReminderWorker.class,
  PartnerHistory.class,
  org.partnerengine.notification.NotificationOutbox.class,
  EnablementWorkersTest.FixedClock.class
})
class EnablementWorkersTest {

  static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @TestConfiguration(proxyBeanMethods = false)
  static class FixedClock {
    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @Autowired EnrolPartnerWorker enrol;
  @Autowired RecordCourseCompletionWorker completion;
  @Autowired SendTrainingReminderWorker reminder;
  @Autowired Enrolments enrolments;
  @Autowired Partners partners;
  @Autowired PartnerEvents events;
  @Autowired org.partnerengine.notification.Notifications notifications;

  @Test
  void enrolsThePartnerInEachRequiredCourse() {
    long partnerId = newPartner();

    CurriculumProgress progress = enrol.enrol(partnerId, List.of("product-essentials", "sales-fundamentals"));

    assertThat(progress.curriculumComplete()).isFalse();
    assertThat(enrolments.findByPartnerIdOrderByCourseId(partnerId))
        .extracting(Enrolment::getCourseId, Enrolment::isRequired, Enrolment::getEnrolledAt)
        .containsExactly(
            tuple("product-essentials", true, NOW),
            tuple("sales-fundamentals", true, NOW));
  }

  @Test
  void anEnrolmentJobDeliveredTwiceEnrolsOncePerCourse() {
    long partnerId = newPartner();

    enrol.enrol(partnerId, List.of("product-essentials", "sales-fundamentals"));
    enrol.enrol(partnerId, List.of("product-essentials", "sales-fundamentals"));

    assertThat(enrolments.findByPartnerIdOrderByCourseId(partnerId)).hasSize(2);
    assertThat(events.countByPartnerIdAndType(partnerId, "ENROLLED")).isEqualTo(1);
  }

  @Test
  void aPartnerWithoutRequiredCoursesHasCompletedItsCurriculum() {
    long partnerId = newPartner();

    assertThat(enrol.enrol(partnerId, null).curriculumComplete()).isTrue();
    assertThat(enrolments.findByPartnerIdOrderByCourseId(partnerId)).isEmpty();
  }

  @Test
  void theCurriculumIsCompleteWhenTheLastRequiredCourseIs() {
    long partnerId = newPartner();
    enrol.enrol(partnerId, List.of("product-essentials", "sales-fundamentals"));

    assertThat(completion.record(partnerId, "sales-fundamentals").curriculumComplete()).isFalse();
    assertThat(completion.record(partnerId, "product-essentials").curriculumComplete()).isTrue();
    assertThat(enrolments.findByPartnerIdAndCourseId(partnerId, "sales-fundamentals").orElseThrow().getCompletedAt()).isEqualTo(NOW);
  }

  @Test
  void aCompletionJobDeliveredTwiceCompletesTheCourseOnce() {
    long partnerId = newPartner();
    enrol.enrol(partnerId, List.of("product-essentials", "sales-fundamentals"));

    completion.record(partnerId, "product-essentials");
    CurriculumProgress again = completion.record(partnerId, "product-essentials");

    assertThat(again.curriculumComplete()).isFalse();
    assertThat(events.countByPartnerIdAndType(partnerId, "COURSE_COMPLETED")).isEqualTo(1);
  }

  @Test
  void aCourseOffTheCurriculumChangesNothing() {
    long partnerId = newPartner();
    enrol.enrol(partnerId, List.of("product-essentials"));

    assertThat(completion.record(partnerId, "underwater-basket-weaving").curriculumComplete()).isFalse();
    assertThat(completion.record(partnerId, null).curriculumComplete()).isFalse();

    assertThat(enrolments.findByPartnerIdOrderByCourseId(partnerId)).extracting(Enrolment::getCourseId).containsExactly("product-essentials");
    assertThat(events.countByPartnerIdAndType(partnerId, "COURSE_COMPLETED")).isZero();
  }

  @Test
  void eachReminderIsRecordedOnceEvenWhenItsJobIsDeliveredTwice() {
    long partnerId = newPartner();
    enrol.enrol(partnerId, List.of("product-essentials", "sales-fundamentals"));
    completion.record(partnerId, "product-essentials");

    reminder.remind(partnerId, 100L);
    reminder.remind(partnerId, 100L);
    reminder.remind(partnerId, 200L);

    assertThat(events.findByPartnerIdOrderByOccurredAtAscIdAsc(partnerId))
        .filteredOn(e -> e.getType().equals("TRAINING_REMINDER"))
        .extracting(PartnerEvent::getDetail)
        .containsExactly("courses still open: sales-fundamentals", "courses still open: sales-fundamentals");
    assertThat(notifications.findByPartnerIdOrderByIdAsc(partnerId))
        .extracting(n -> n.getTemplate() + " " + n.getParams())
        .containsExactly(
            "training-reminder {\"courses\":\"sales-fundamentals\"}", "training-reminder {\"courses\":\"sales-fundamentals\"}");
  }

  private long newPartner() {
    return partners
        .saveAndFlush(
            new Partner("Acme", PartnerType.RESELLER, "DE", "acme.de", "Ada", "ada@acme.de", BigDecimal.TEN, 3, Instant.EPOCH))
        .getId();
  }
}
