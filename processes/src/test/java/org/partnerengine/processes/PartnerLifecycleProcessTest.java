package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.InspectionUtility;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The lifecycle with the real recruitment and onboarding processes. Enablement, certification and
 * offboarding are stubs from {@code src/test/resources/stubs}, deployed after the real models so
 * that they are the versions the call activities start.
 */
@ZeebeProcessTest
class PartnerLifecycleProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("partner-lifecycle");

  static final Map<String, Object> STRONG_FIT =
      Map.of("partnerType", "SYSTEM_INTEGRATOR", "country", "DE", "annualRevenue", 20_000_000, "employees", 200, "specialisations", List.of());
  static final Map<String, Object> WEAK_FIT =
      Map.of("partnerType", "REFERRAL", "country", "BR", "annualRevenue", 50_000, "employees", 2, "specialisations", List.of());
  /** The application's region is open: recruitment goes on to screening. */
  static final Map<String, Object> REGION_LIVE = Map.of("region", "GLOBAL", "regionLive", true, "regionApprovers", List.of());

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
    client
        .newDeployResourceCommand()
        .addResourceFromClasspath("stubs/partner-enablement.bpmn")
        .addResourceFromClasspath("stubs/partner-certification.bpmn")
        .addResourceFromClasspath("stubs/partner-offboarding.bpmn")
        .send()
        .join();
  }

  @Test
  void aStrongApplicantIsRecruitedOnboardedEnabledCertifiedAndActive() {
    long instance = started();

    recruitAsStrongFit();
    enterStage("ONBOARD");
    onboard();
    enterStage("ENABLE");
    enterStage("CERTIFY");
    enterStage("ACTIVE");

    assertThat(process(instance))
        .hasPassedElementsInOrder(
            "Task_EnrichApplication", "Task_EnterRecruit", "CallActivity_Recruitment", "Task_EnterOnboard", "CallActivity_Onboarding",
            "Task_EnterEnable", "CallActivity_Enablement", "Task_EnterCertify", "CallActivity_Certification", "Task_EnterActive")
        .isWaitingAtElements("Task_ActivePartnership");
  }

  @Test
  void anActivePartnerWhoAsksToLeaveIsOffboarded() {
    long instance = active();

    processes.publish("offboarding-requested", "7", "offboarding-7", Map.of("reason", "retiring"));
    enterStage("OFFBOARDED");

    assertThat(process(instance))
        .hasPassedElementsInOrder("Task_ActivePartnership", "CallActivity_Offboarding", "Task_EnterOffboarded", "EndEvent_Offboarded")
        .hasVariableWithValue("reason", "retiring")
        .isCompleted();
  }

  @Test
  void anActivePartnerWhoseContractIsTerminatedIsOffboarded() {
    long instance = active();

    processes.publish("partner-terminated", "7", "terminated-7", Map.of("reason", "breach of contract"));
    enterStage("OFFBOARDED");

    assertThat(process(instance))
        .hasPassedElementsInOrder("Event_PartnerTerminated", "CallActivity_Offboarding", "EndEvent_Offboarded")
        .isCompleted();
  }

  @Test
  void aRejectedApplicationEndsTheLifecycleRejected() {
    long instance = started();

    processes.complete("recruitment.validate-application", WEAK_FIT);
    processes.complete("recruitment.check-region", REGION_LIVE);
    processes.complete("recruitment.record-rejection", Map.of("approved", false));
    enterStage("REJECTED");

    assertThat(process(instance))
        .hasPassedElementsInOrder("CallActivity_Recruitment", "Event_ApplicationRejected", "Task_EnterRejected", "EndEvent_Rejected")
        .hasNotPassedElement("Task_EnterOnboard")
        .isCompleted();
  }

  @Test
  void aPartnerInOnboardingCanBeOffboarded() {
    long instance = started();
    recruitAsStrongFit();
    enterStage("ONBOARD");
    processes.complete("onboarding.generate-agreement", Map.of("agreementVersion", "v1"));

    processes.publish("offboarding-requested", "7", "offboarding-7", Map.of("reason", "changed their mind"));
    enterStage("OFFBOARDED");

    InspectedProcessInstance onboarding = InspectionUtility.findProcessInstances().withBpmnProcessId("partner-onboarding").findFirstProcessInstance().orElseThrow();
    assertThat(onboarding).isTerminated();
    assertThat(process(instance))
        .hasPassedElementsInOrder("Task_EnterOnboard", "Event_OffboardingRequestedEarly", "CallActivity_Offboarding", "Task_EnterOffboarded", "EndEvent_Offboarded")
        .hasNotPassedElement("Task_EnterEnable")
        .isCompleted();
  }

  @Test
  void anApplicantCanBeTerminatedDuringRecruitment() {
    long instance = started();

    processes.publish("partner-terminated", "7", "terminated-7", Map.of("reason", "fraud suspected"));
    enterStage("OFFBOARDED");

    assertThat(process(instance))
        .hasPassedElementsInOrder("Task_EnterRecruit", "Event_PartnerTerminatedEarly", "CallActivity_Offboarding", "EndEvent_Offboarded")
        .hasNotPassedElement("Task_EnterOnboard")
        .isCompleted();
  }

  @Test
  void anAgreementNeverSignedOffboardsThePartner() {
    long instance = started();
    recruitAsStrongFit();
    enterStage("ONBOARD");
    processes.complete("onboarding.generate-agreement", Map.of("agreementVersion", "v1"));
    processes.complete("onboarding.provision-account", Map.of());

    processes.moveClock(Duration.ofDays(14).plusMinutes(1));
    processes.complete("onboarding.send-agreement-reminder", Map.of());
    processes.completeUserTask("Task_ChaseUnsignedAgreement", Map.of("keepWaiting", false));
    enterStage("OFFBOARDED");

    assertThat(process(instance))
        .hasPassedElementsInOrder("CallActivity_Onboarding", "Gateway_Onboarded", "Event_OnboardingAbandoned", "CallActivity_Offboarding", "EndEvent_Offboarded")
        .hasNotPassedElement("Task_EnterEnable")
        .isCompleted();
  }

  private long started() {
    long instance =
        processes.start(
            "partner-lifecycle",
            Map.of(
                "partnerId", 7L,
                "approvalReminder", "P2D",
                "approvalEscalation", "P5D",
                "agreementReminder", "P3D",
                "agreementExpiry", "P14D"));
    processes.complete("partner.enrich-application", Map.of());
    enterStage("RECRUIT");
    return instance;
  }

  private long active() {
    long instance = started();
    recruitAsStrongFit();
    enterStage("ONBOARD");
    onboard();
    enterStage("ENABLE");
    enterStage("CERTIFY");
    enterStage("ACTIVE");
    return instance;
  }

  /** Plays the stage worker, checking that the model asks for the stage the test expects. */
  private void enterStage(String stage) {
    ActivatedJob job = processes.complete("lifecycle.enter-stage", Map.of());
    assertThat(job.getCustomHeaders()).containsEntry("stage", stage);
  }

  private void recruitAsStrongFit() {
    processes.complete("recruitment.validate-application", STRONG_FIT);
    processes.complete("recruitment.check-region", REGION_LIVE);
    processes.complete("recruitment.check-due-diligence", Map.of());
    processes.complete("recruitment.record-approval", Map.of("approved", true));
  }

  private void onboard() {
    processes.complete("onboarding.generate-agreement", Map.of("agreementVersion", "v1"));
    processes.complete("onboarding.provision-account", Map.of());
    processes.publish("agreement-signed", "7", "agreement-signed-7-v1", Map.of("agreementVersion", "v1"));
    processes.complete("onboarding.record-signature", Map.of());
    processes.publish("tax-form-received", "7", "tax-form-7", Map.of());
    processes.completeUserTask("Task_VerifyBankingDetails", Map.of("bankingDetailsVerified", true));
    processes.completeUserTask("Task_HoldKickoffCall", Map.of("kickoffHeldOn", "2026-03-02"));
  }

  private static InspectedProcessInstance process(long key) {
    return new InspectedProcessInstance(key);
  }
}
