package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@ZeebeProcessTest
class PartnerOffboardingProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("partner-offboarding");

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void revokesReleasesAndCancelsBeforeRecordingTheOffboarding() {
    long instance = processes.start("partner-offboarding", Map.of("partnerId", 7L, "reason", "Contract terminated"));

    assertThat(new InspectedProcessInstance(instance))
        .isWaitingAtElements("Task_RevokeAccess", "Task_ReleaseDeals", "Task_CancelMdfReservations");
    processes.complete("offboarding.revoke-access", Map.of());
    processes.complete("offboarding.release-deals", Map.of());
    assertThat(new InspectedProcessInstance(instance)).isNotWaitingAtElements("Task_RecordOffboarding");
    processes.complete("offboarding.cancel-mdf-reservations", Map.of());

    ActivatedJob record = processes.complete("offboarding.record-offboarding", Map.of());

    assertThat(record.getVariablesAsMap()).containsEntry("partnerId", 7).containsEntry("reason", "Contract terminated");
    assertThat(new InspectedProcessInstance(instance))
        .hasPassedElementsInOrder("Gateway_EverythingReleased", "Task_RecordOffboarding", "EndEvent_PartnerOffboarded")
        .isCompleted();
  }
}
