package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.InspectionUtility;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@ZeebeProcessTest
class AgreementCountersignatureProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("agreement-countersignature");

  static final String FIND = "onboarding.find-signature";
  static final String RECORD = "onboarding.record-countersignature";

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void theSignatureThatMovesOnboardingOnAlsoPutsACountersignTaskInTheManagersInbox() {
    long onboarding =
        processes.start("partner-onboarding", Map.of("partnerId", 7L, "agreementReminder", "P3D", "agreementExpiry", "P14D"));
    processes.complete("onboarding.generate-agreement", Map.of("agreementVersion", "v1"));
    processes.complete("onboarding.provision-account", Map.of());

    signed();
    processes.complete(FIND, Map.of("signatureStored", true));
    ActivatedJob task = processes.completeUserTask("Task_CountersignAgreement", Map.of("countersignerName", "Max Mustermann", "countersignerTitle", "Head of Channel"));

    assertThat(task.getCustomHeaders()).containsEntry("io.camunda.zeebe:candidateGroups", "[\"partner-managers\"]");
    assertThat(task.getCustomHeaders().get("io.camunda.zeebe:formKey")).isNotBlank();
    assertThat(task.getVariablesAsMap()).containsEntry("partnerId", 7).containsEntry("agreementVersion", "v1");
    ActivatedJob record = processes.complete(RECORD, Map.of());
    assertThat(record.getVariablesAsMap()).containsEntry("countersignerName", "Max Mustermann");
    assertThat(countersignature())
        .hasPassedElementsInOrder("StartEvent_AgreementSigned", "Task_FindSignature", "Gateway_SignatureStored",
            "Task_CountersignAgreement", "Task_RecordCountersignature", "EndEvent_Countersigned")
        .isCompleted();
    // Onboarding did not wait for the countersignature.
    assertThat(new InspectedProcessInstance(onboarding)).hasPassedElement("Task_AwaitAgreementSignature").isWaitingAtElements("Task_RecordSignature");
  }

  @Test
  void aSignatureMadeOutsideThePortalHasNothingToCountersign() {
    signed();
    processes.complete(FIND, Map.of("signatureStored", false));

    assertThat(countersignature()).hasPassedElement("EndEvent_NothingToCountersign").hasNotPassedElement("Task_CountersignAgreement").isCompleted();
  }

  @Test
  void theManagerWhoSignedForThePartnerIsSentBackForSomeoneElseToCountersign() {
    signed();
    processes.complete(FIND, Map.of("signatureStored", true));
    processes.completeUserTask("Task_CountersignAgreement", Map.of("countersignerName", "Mia", "countersignerTitle", "Manager"));

    processes.throwError(RECORD, "COUNTERSIGNER_IS_SIGNER", "The countersignature must come from someone other than the signer");
    processes.completeUserTask("Task_CountersignAgreement", Map.of("countersignerName", "Max", "countersignerTitle", "Head"));
    processes.complete(RECORD, Map.of());

    assertThat(processes.flowsTaken("Flow_BackToCountersign")).isEqualTo(1);
    assertThat(countersignature()).hasPassedElement("Event_CountersignerIsSigner").hasPassedElement("EndEvent_Countersigned").isCompleted();
  }

  @Test
  void aCountersignatureThroughTheApiTakesTheTaskOutOfTheInbox() {
    signed();
    processes.complete(FIND, Map.of("signatureStored", true));
    processes.waitForIdle();
    assertThat(countersignature()).isWaitingAtElements("Task_CountersignAgreement");

    processes.publish("agreement-countersigned", "7", "agreement-countersigned:7:v1", Map.of());

    assertThat(countersignature())
        .hasPassedElement("EndEvent_CountersignedElsewhere")
        .hasNotPassedElement("Task_RecordCountersignature")
        .isCompleted();
  }

  private void signed() {
    processes.publish("agreement-signed", "7", "agreement-signed:7:v1", Map.of("agreementVersion", "v1", "partnerId", 7));
  }

  private static InspectedProcessInstance countersignature() {
    return InspectionUtility.findProcessInstances().withBpmnProcessId("agreement-countersignature").findFirstProcessInstance().orElseThrow();
  }
}
