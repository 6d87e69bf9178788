package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@ZeebeProcessTest
class PartnerOnboardingProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("partner-onboarding");

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void aSignedAgreementAndACompleteChecklistFinishOnboarding() {
    long instance = started();

    sign("agreement-signed-7-v1");
    processes.complete("onboarding.record-signature", Map.of());
    completeChecklist();

    assertThat(process(instance))
        .hasPassedElementsInOrder("Task_GenerateAgreement", "Task_ProvisionAccount", "Task_AwaitAgreementSignature", "Task_RecordSignature", "EndEvent_Onboarded")
        .hasPassedElement("Event_TaxFormReceived")
        .hasPassedElement("Task_VerifyBankingDetails")
        .hasPassedElement("Task_HoldKickoffCall")
        .isCompleted();
  }

  @Test
  void theSameSignatureDeliveredTwiceIsRecordedOnce() {
    long instance = started();

    sign("agreement-signed-7-v1");
    assertThatThrownBy(() -> sign("agreement-signed-7-v1")).hasMessageContaining("ALREADY_EXISTS");
    processes.complete("onboarding.record-signature", Map.of());

    assertThatThrownBy(() -> processes.job("onboarding.record-signature")).hasMessageContaining("No job");
    assertThat(process(instance)).hasPassedElement("Task_RecordSignature").isWaitingAtElements("Task_VerifyBankingDetails");
  }

  @Test
  void onboardingWaitsForEveryChecklistItem() {
    long instance = started();
    sign("agreement-signed-7-v1");
    processes.complete("onboarding.record-signature", Map.of());

    processes.publish("tax-form-received", "7", "tax-form-7", Map.of());
    processes.completeUserTask("Task_VerifyBankingDetails", Map.of("bankingDetailsVerified", true));

    assertThat(process(instance)).isWaitingAtElements("Task_HoldKickoffCall").isActive();
  }

  @Test
  void aPartnerWhoDoesNotSignIsRemindedAndStillWaitedFor() {
    long instance = started();

    processes.moveClock(Duration.ofDays(3).plusMinutes(1));
    processes.complete("onboarding.send-agreement-reminder", Map.of());

    assertThat(process(instance)).hasPassedElement("EndEvent_AgreementReminderSent").isWaitingAtElements("Task_AwaitAgreementSignature");
  }

  @Test
  void anExpiredAgreementGoesToAManagerWhoGivesMoreTime() {
    long instance = started();

    processes.moveClock(Duration.ofDays(14).plusMinutes(1));
    processes.complete("onboarding.send-agreement-reminder", Map.of());
    var chase = processes.completeUserTask("Task_ChaseUnsignedAgreement", Map.of("keepWaiting", true));

    assertThat(chase.getCustomHeaders()).containsEntry("io.camunda.zeebe:candidateGroups", "[\"partner-managers\"]");
    assertThat(process(instance)).isWaitingAtElements("Task_AwaitAgreementSignature");
    sign("agreement-signed-7-v1");
    processes.complete("onboarding.record-signature", Map.of());
    completeChecklist();
    assertThat(process(instance))
        .hasPassedElementsInOrder("Event_AgreementExpired", "Task_ChaseUnsignedAgreement", "Gateway_KeepWaiting", "Task_AwaitAgreementSignature", "Task_RecordSignature")
        .isCompleted();
  }

  @Test
  void aManagerWhoGivesUpEndsOnboardingAsAbandoned() {
    long instance = started();
    processes.completeUserTask("Task_VerifyBankingDetails", Map.of("bankingDetailsVerified", true));

    processes.moveClock(Duration.ofDays(14).plusMinutes(1));
    processes.complete("onboarding.send-agreement-reminder", Map.of());
    // Sent as text, as a form may send it.
    processes.completeUserTask("Task_ChaseUnsignedAgreement", Map.of("keepWaiting", "false"));

    assertThat(process(instance))
        .hasPassedElement("EndEvent_OnboardingAbandoned")
        .hasNotPassedElement("Task_RecordSignature")
        .hasVariableWithValue("onboardingAbandoned", true)
        .isCompleted();
  }

  private long started() {
    long instance =
        processes.start("partner-onboarding", Map.of("partnerId", 7L, "agreementReminder", "P3D", "agreementExpiry", "P14D"));
    processes.complete("onboarding.generate-agreement", Map.of("agreementVersion", "v1"));
    processes.complete("onboarding.provision-account", Map.of());
    return instance;
  }

  private void sign(String messageId) {
    processes.publish("agreement-signed", "7", messageId, Map.of("agreementVersion", "v1"));
  }

  private void completeChecklist() {
    processes.publish("tax-form-received", "7", "tax-form-7", Map.of());
    processes.completeUserTask("Task_VerifyBankingDetails", Map.of("bankingDetailsVerified", true));
    processes.completeUserTask("Task_HoldKickoffCall", Map.of("kickoffHeldOn", "2026-03-02"));
  }

  private static InspectedProcessInstance process(long key) {
    return new InspectedProcessInstance(key);
  }
}
