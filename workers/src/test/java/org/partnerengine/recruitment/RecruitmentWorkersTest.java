package org.partnerengine.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.exception.JobError;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.WorkerFixtures;
import org.partnerengine.notification.NotificationOutbox;
import org.partnerengine.notification.Notifications;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerEvent;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@DatabaseTest
@Import({
  ValidateApplicationWorker.class,
  RecordApprovalWorker.class,
  RecordRejectionWorker.class,
  ApprovalReminderWorker.class,
  PartnerHistory.class,
  NotificationOutbox.class,
  WorkerFixtures.class
})
class RecruitmentWorkersTest {

  @Autowired ValidateApplicationWorker validate;
  @Autowired RecordApprovalWorker recordApproval;
  @Autowired RecordRejectionWorker recordRejection;
  @Autowired ApprovalReminderWorker approvalReminder;
  @Autowired Partners partners;
  @Autowired PartnerEvents events;
  @Autowired Notifications notifications;

  @Test
  void validationHandsTheScreeningOnlyNonPersonalFacts() {
    long partnerId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();

    ApplicationFacts facts = validate.validate(partnerId);

    assertThat(facts).isEqualTo(new ApplicationFacts("SYSTEM_INTEGRATOR", "DE", new BigDecimal("2500000.00"), 40, List.of()));
  }

  @Test
  void validationRefusesAPartnerThatLeftRecruitment() {
    Partner partner = WorkerFixtures.applicant();
    partner.enterStage(Stage.REJECTED, WorkerFixtures.NOW);
    long partnerId = partners.saveAndFlush(partner).getId();

    assertThatThrownBy(() -> validate.validate(partnerId)).isInstanceOf(JobError.class).hasMessageContaining("REJECTED");
  }

  @Test
  void anApprovalDeliveredTwiceIsRecordedOnce() {
    long partnerId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();

    assertThat(recordApproval.recordApproval(partnerId, "FAST_TRACK", 90, null).approved()).isTrue();
    recordApproval.recordApproval(partnerId, "FAST_TRACK", 90, null);

    assertThat(events.findByPartnerIdOrderByOccurredAtAscIdAsc(partnerId))
        .extracting(PartnerEvent::getType, PartnerEvent::getDetail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("APPLICATION_APPROVED", "fast track, fit score 90"));
  }

  @Test
  void aRejectionDeliveredTwiceRecordsTheReasonAndNotifiesTheApplicantOnce() {
    long partnerId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();

    assertThat(recordRejection.recordRejection(partnerId, null, "no presence in our markets", "REVIEW", 45).approved()).isFalse();
    recordRejection.recordRejection(partnerId, null, "no presence in our markets", "REVIEW", 45);

    assertThat(events.findByPartnerIdOrderByOccurredAtAscIdAsc(partnerId))
        .extracting(PartnerEvent::getType, PartnerEvent::getDetail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("APPLICATION_REJECTED", "declined by approver: no presence in our markets"));
    assertThat(notifications.countByPartnerIdAndTemplate(partnerId, "application-rejected")).isEqualTo(1);
  }

  @Test
  void theRejectionReasonPrefersDueDiligenceThenTheApproverThenTheScreening() {
    assertThat(RecordRejectionWorker.reason("restricted country KP", "whatever", "REVIEW", 50)).isEqualTo("restricted country KP");
    assertThat(RecordRejectionWorker.reason(null, "too small", "REVIEW", 50)).isEqualTo("declined by approver: too small");
    assertThat(RecordRejectionWorker.reason(null, null, "REJECT", 10)).isEqualTo("fit score 10 is below the programme's threshold");
  }

  @Test
  void eachReminderNotifiesTheApproversOnceHoweverOftenItIsDelivered() {
    long partnerId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();

    approvalReminder.remind(partnerId, 500L);
    approvalReminder.remind(partnerId, 500L);
    approvalReminder.remind(partnerId, 501L);

    assertThat(notifications.countByPartnerIdAndTemplate(partnerId, "approval-reminder")).isEqualTo(2);
    assertThat(events.countByPartnerIdAndType(partnerId, "APPROVAL_REMINDER_SENT")).isEqualTo(2);
  }
}
