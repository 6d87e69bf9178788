package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@ZeebeProcessTest
class PartnerRecruitmentProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("partner-recruitment");

  /** Facts the partner-fit decision scores 90: a fast track. */
  static final Map<String, Object> STRONG_FIT =
      Map.of("partnerType", "SYSTEM_INTEGRATOR", "country", "DE", "annualRevenue", 20_000_000, "employees", 200, "specialisations", List.of());
  /** Facts scored 40: an approver looks at it. */
  static final Map<String, Object> FAIR_FIT =
      Map.of("partnerType", "RESELLER", "country", "BR", "annualRevenue", 500_000, "employees", 12, "specialisations", List.of());
  /** Facts scored 10: declined without a review. */
  static final Map<String, Object> WEAK_FIT =
      Map.of("partnerType", "REFERRAL", "country", "BR", "annualRevenue", 50_000, "employees", 2, "specialisations", List.of());

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void aStrongFitIsApprovedWithoutAnApprover() {
    long instance = screened(STRONG_FIT);

    processes.complete("recruitment.check-due-diligence", Map.of());
    processes.complete("recruitment.record-approval", Map.of("approved", true));

    assertThat(process(instance))
        .hasPassedElementsInOrder("Task_ScreenApplication", "Task_CheckDueDiligence", "Task_RecordApproval", "EndEvent_Approved")
        .hasNotPassedElement("Task_ApproveApplication")
        .hasVariableWithValue("recommendation", "FAST_TRACK")
        .hasVariableWithValue("fitScore", 90)
        .isCompleted();
  }

  @Test
  void aFairFitGoesToTheChannelApproversWithADueDate() {
    long instance = screened(FAIR_FIT);
    processes.complete("recruitment.check-due-diligence", Map.of());

    ActivatedJob task = processes.completeUserTask("Task_ApproveApplication", Map.of("approved", true, "decisionReason", "good references"));
    processes.complete("recruitment.record-approval", Map.of("approved", true));

    assertThat(task.getCustomHeaders())
        .containsEntry("io.camunda.zeebe:candidateGroups", "[\"channel-approvers\"]")
        .containsKey("io.camunda.zeebe:formKey")
        .containsKey("io.camunda.zeebe:dueDate");
    assertThat(process(instance))
        .hasPassedElementsInOrder("Task_CheckDueDiligence", "Task_ApproveApplication", "Gateway_ApprovalDecision", "Task_RecordApproval", "EndEvent_Approved")
        .hasVariableWithValue("recommendation", "REVIEW")
        .isCompleted();
  }

  @Test
  void aWeakFitIsRejectedWithoutDueDiligence() {
    long instance = screened(WEAK_FIT);

    processes.complete("recruitment.record-rejection", Map.of("approved", false));

    assertThat(process(instance))
        .hasPassedElementsInOrder("Task_ScreenApplication", "Task_RecordRejection", "EndEvent_Rejected")
        .hasNotPassedElement("Task_CheckDueDiligence")
        .hasVariableWithValue("recommendation", "REJECT")
        .isCompleted();
  }

  @Test
  void failedDueDiligenceRejectsTheApplication() {
    long instance = screened(STRONG_FIT);

    processes.throwError("recruitment.check-due-diligence", "DUE_DILIGENCE_FAILED", "restricted country");
    processes.complete("recruitment.record-rejection", Map.of("approved", false));

    assertThat(process(instance))
        .hasPassedElementsInOrder("Event_DueDiligenceFailed", "Task_RecordRejection", "EndEvent_Rejected")
        .hasNotPassedElement("Task_RecordApproval")
        .isCompleted();
  }

  @Test
  void anApproverWhoSaysNoRejectsTheApplication() {
    long instance = screened(FAIR_FIT);
    processes.complete("recruitment.check-due-diligence", Map.of());

    processes.completeUserTask("Task_ApproveApplication", Map.of("approved", false, "decisionReason", "no market"));
    processes.complete("recruitment.record-rejection", Map.of("approved", false));

    assertThat(process(instance))
        .hasPassedElementsInOrder("Task_ApproveApplication", "Gateway_ApprovalDecision", "Task_RecordRejection", "EndEvent_Rejected")
        .isCompleted();
  }

  @Test
  void aDecisionThatAFormSendsAsTextCountsTheSame() {
    long approvedInstance = screened(FAIR_FIT);
    processes.complete("recruitment.check-due-diligence", Map.of());
    processes.completeUserTask("Task_ApproveApplication", Map.of("approved", "true"));
    processes.complete("recruitment.record-approval", Map.of("approved", true));

    assertThat(process(approvedInstance)).hasPassedElement("Task_RecordApproval").isCompleted();
  }

  @Test
  void undecidedApproversAreRemindedAndKeepTheirTask() {
    long instance = screened(FAIR_FIT);
    processes.complete("recruitment.check-due-diligence", Map.of());

    processes.moveClock(Duration.ofDays(2).plusMinutes(1));
    processes.complete("recruitment.send-approval-reminder", Map.of());

    assertThat(process(instance)).hasPassedElement("EndEvent_ApprovalReminderSent").isWaitingAtElements("Task_ApproveApplication");
    processes.completeUserTask("Task_ApproveApplication", Map.of("approved", true));
    processes.complete("recruitment.record-approval", Map.of("approved", true));
    assertThat(process(instance)).isCompleted();
  }

  @Test
  void anOverdueApprovalGoesToAPartnerManagerWhoDecides() {
    long instance = screened(FAIR_FIT);
    processes.complete("recruitment.check-due-diligence", Map.of());

    processes.moveClock(Duration.ofDays(5).plusMinutes(1));
    processes.complete("recruitment.send-approval-reminder", Map.of());
    ActivatedJob managerTask = processes.completeUserTask("Task_ReviewEscalatedApplication", Map.of("approved", true));
    processes.complete("recruitment.record-approval", Map.of("approved", true));

    assertThat(managerTask.getCustomHeaders()).containsEntry("io.camunda.zeebe:candidateGroups", "[\"partner-managers\"]");
    assertThat(process(instance))
        .hasPassedElementsInOrder("Event_ApprovalEscalated", "Task_ReviewEscalatedApplication", "Task_RecordApproval")
        .hasNotPassedElement("Task_ApproveApplication")
        .isCompleted();
  }

  @Test
  void anApplicationFromARegionNotLiveYetIsHeldAndResumesWhenTheRegionGoesLive() {
    long instance =
        processes.start("partner-recruitment", Map.of("partnerId", 8L, "approvalReminder", "P2D", "approvalEscalation", "P5D"));
    processes.complete("recruitment.validate-application", FAIR_FIT);
    processes.complete("recruitment.check-region", Map.of("region", "NORDICS", "regionLive", false, "regionApprovers", List.of()));

    assertThat(process(instance)).isWaitingAtElements("Task_AwaitRegionLive").hasNotPassedElement("Task_ScreenApplication");
    processes.publish("region-live", "8", "region-live:3:8", Map.of());
    processes.complete("recruitment.check-region", Map.of("region", "NORDICS", "regionLive", true, "regionApprovers", List.of("approvers-nordics")));
    processes.complete("recruitment.check-due-diligence", Map.of());
    ActivatedJob task = processes.completeUserTask("Task_ApproveApplication", Map.of("approved", true));
    processes.complete("recruitment.record-approval", Map.of("approved", true));

    assertThat(task.getCustomHeaders()).containsEntry("io.camunda.zeebe:candidateGroups", "[\"approvers-nordics\"]");
    assertThat(process(instance))
        .hasPassedElementsInOrder("Task_CheckRegion", "Task_AwaitRegionLive", "Task_CheckRegion", "Task_ScreenApplication", "EndEvent_Approved")
        .isCompleted();
  }

  @Test
  void aHeldApplicationChecksItsRegionAgainEveryDayInCaseTheMessageWasLost() {
    long instance =
        processes.start("partner-recruitment", Map.of("partnerId", 9L, "approvalReminder", "P2D", "approvalEscalation", "P5D"));
    processes.complete("recruitment.validate-application", WEAK_FIT);
    processes.complete("recruitment.check-region", Map.of("region", "NORDICS", "regionLive", false, "regionApprovers", List.of()));

    processes.moveClock(Duration.ofDays(1).plusMinutes(1));
    processes.complete("recruitment.check-region", Map.of("region", "NORDICS", "regionLive", false, "regionApprovers", List.of()));
    assertThat(process(instance)).isWaitingAtElements("Task_AwaitRegionLive");
    processes.moveClock(Duration.ofDays(1).plusMinutes(1));
    processes.complete("recruitment.check-region", Map.of("region", "NORDICS", "regionLive", true, "regionApprovers", List.of()));
    processes.complete("recruitment.record-rejection", Map.of("approved", false));

    assertThat(processes.flowsTaken("Flow_RecheckRegion")).isEqualTo(2);
    assertThat(process(instance)).hasPassedElement("Task_ScreenApplication").hasPassedElement("EndEvent_Rejected").isCompleted();
  }

  private long screened(Map<String, Object> facts) {
    long instance =
        processes.start("partner-recruitment", Map.of("partnerId", 7L, "approvalReminder", "P2D", "approvalEscalation", "P5D"));
    processes.complete("recruitment.validate-application", facts);
    processes.complete("recruitment.check-region", Map.of("region", "GLOBAL", "regionLive", true, "regionApprovers", List.of()));
    return instance;
  }

  private static InspectedProcessInstance process(long key) {
    return new InspectedProcessInstance(key);
  }
}
