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
import org.springframework.jdbc.core.JdbcTemplate;

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
  @Autowired JdbcTemplate jdbc;

  private long jobKeys = 88_000;

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

    assertThat(recordApproval.recordApproval(partnerId, "FAST_TRACK", 90, null, 700L).approved()).isTrue();
    recordApproval.recordApproval(partnerId, "FAST_TRACK", 90, null, 700L);

    assertThat(events.findByPartnerIdOrderByOccurredAtAscIdAsc(partnerId))
        .extracting(PartnerEvent::getType, PartnerEvent::getDetail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("APPLICATION_APPROVED", "fast track, fit score 90"));
  }

  @Test
  void aRejectionDeliveredTwiceRecordsTheReasonAndNotifiesTheApplicantOnce() {
    long partnerId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();

    assertThat(recordRejection.recordRejection(partnerId, null, "no presence in our markets", "REVIEW", 45, 701L).approved()).isFalse();
    recordRejection.recordRejection(partnerId, null, "no presence in our markets", "REVIEW", 45, 701L);

    assertThat(events.findByPartnerIdOrderByOccurredAtAscIdAsc(partnerId))
        .extracting(PartnerEvent::getType, PartnerEvent::getDetail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("APPLICATION_REJECTED", "declined by approver: no presence in our markets"));
    assertThat(notifications.countByPartnerIdAndTemplate(partnerId, "application-rejected")).isEqualTo(1);
  }

  @Test
  void theHistoryNamesTheApproverWhoDecided() {
    long approvedId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();
    long declinedId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();
    long refusedId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();
    completedTask(710L, approvedId, "Task_ApproveApplication", "ada", "2026-03-02T10:00:00Z");
    completedTask(711L, declinedId, "Task_ApproveApplication", "ada", "2026-03-02T10:00:00Z");
    // escalated: the manager's review decided, after the approver's task
    completedTask(711L, declinedId, "Task_ReviewEscalatedApplication", "grace", "2026-03-07T10:00:00Z");
    completedTask(712L, refusedId, "Task_ApproveApplication", "ada", "2026-03-02T10:00:00Z");

    recordApproval.recordApproval(approvedId, "REVIEW", 60, null, 710L);
    recordRejection.recordRejection(declinedId, null, "too small", "REVIEW", 60, 711L);
    recordRejection.recordRejection(refusedId, "restricted country KP", null, "REVIEW", 60, 712L);

    assertThat(events.findByPartnerIdOrderByOccurredAtAscIdAsc(approvedId)).extracting(PartnerEvent::getActor).containsExactly("ada");
    assertThat(events.findByPartnerIdOrderByOccurredAtAscIdAsc(declinedId)).extracting(PartnerEvent::getActor).containsExactly("grace");
    assertThat(events.findByPartnerIdOrderByOccurredAtAscIdAsc(refusedId))
        .as("due diligence refused it, whoever completed a task")
        .extracting(PartnerEvent::getActor)
        .containsExactly("system");
  }

  @Test
  void aDecisionWithNoCompletedTaskIsTheSystemsOrAnUnnamedApprovers() {
    long screenedOutId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();
    long approvedId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();

    recordRejection.recordRejection(screenedOutId, null, null, "REJECT", 10, 720L);
    recordApproval.recordApproval(approvedId, "REVIEW", 60, null, 721L);

    assertThat(events.findByPartnerIdOrderByOccurredAtAscIdAsc(screenedOutId)).extracting(PartnerEvent::getActor).containsExactly("system");
    assertThat(events.findByPartnerIdOrderByOccurredAtAscIdAsc(approvedId)).extracting(PartnerEvent::getActor).containsExactly("approver");
  }

  private void completedTask(long processInstanceKey, long partnerId, String elementId, String user, String completedAt) {
    jdbc.update(
        "insert into user_task (job_key, element_id, element_name, bpmn_process_id, process_definition_key,"
            + " process_instance_key, partner_id, form_id, state, created_at, completed_at, completed_by, version)"
            + " values (?, ?, ?, 'partner-recruitment', 1, ?, ?, 'approve-application', 'COMPLETED', ?, ?, ?, 1)",
        jobKeys++, elementId, elementId, processInstanceKey, partnerId,
        java.sql.Timestamp.from(java.time.Instant.parse("2026-03-01T10:00:00Z")),
        java.sql.Timestamp.from(java.time.Instant.parse(completedAt)),
        user);
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
