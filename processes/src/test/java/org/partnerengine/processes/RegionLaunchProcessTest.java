package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** region-launch: a new market opens only once every item of its checklist is met. */
@ZeebeProcessTest
class RegionLaunchProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("region-launch");

  static final Map<String, Object> ALL_MET = Map.of(
      "legalEntityConfirmed", true, "taxFormConfirmed", true, "agreementInLocale", true,
      "currencyConvertible", true, "approversNamed", true, "countriesNamed", true);

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void aRegionWhoseChecklistIsCompleteGoesLive() {
    long instance = launched();
    ActivatedJob legal = processes.completeUserTask("Task_ConfirmLegalEntity", Map.of("legalEntity", "Partner Engine Nordics AB"));
    ActivatedJob tax = processes.completeUserTask("Task_ConfirmTaxForm", Map.of("taxForm", "W-8BEN-E"));
    ActivatedJob check = processes.complete("region.check-readiness", ALL_MET);
    processes.complete("region.go-live", Map.of("applicationsReleased", 2));

    assertThat(legal.getCustomHeaders()).containsEntry("io.camunda.zeebe:candidateGroups", "[\"partner-managers\"]");
    assertThat(tax.getCustomHeaders()).containsEntry("io.camunda.zeebe:candidateGroups", "[\"finance\"]");
    assertThat(check.getVariablesAsMap()).containsEntry("legalEntity", "Partner Engine Nordics AB").containsEntry("taxForm", "W-8BEN-E");
    assertThat(new InspectedProcessInstance(instance))
        .hasPassedElementsInOrder("Gateway_ChecklistJoin", "Task_CheckReadiness", "Task_LaunchGate", "Task_GoLive", "EndEvent_Live")
        .hasNotPassedElement("Task_ResolveBlockers")
        .isCompleted();
  }

  @Test
  void everyMissingItemIsNamedAndTheRegionWaitsUntilItIsFixed() {
    long instance = launched();
    processes.completeUserTask("Task_ConfirmLegalEntity", Map.of("legalEntity", "Partner Engine Nordics AB"));
    processes.completeUserTask("Task_ConfirmTaxForm", Map.of("taxForm", "W-8BEN-E"));
    processes.complete("region.check-readiness", Map.of(
        "legalEntityConfirmed", true, "taxFormConfirmed", true, "agreementInLocale", false,
        "currencyConvertible", false, "approversNamed", false, "countriesNamed", true));

    assertThat(new InspectedProcessInstance(instance))
        .hasVariableWithValue("blockers", List.of("AGREEMENT_TEMPLATE", "CURRENCY", "APPROVERS"))
        .isWaitingAtElements("Task_ResolveBlockers");
    assertThat(processes.flowsTaken("Flow_ToGoLive")).isZero();

    ActivatedJob resolve = processes.completeUserTask("Task_ResolveBlockers", Map.of("legalEntity", "", "taxForm", ""));
    processes.complete("region.check-readiness", ALL_MET);
    processes.complete("region.go-live", Map.of("applicationsReleased", 0));

    assertThat(resolve.getCustomHeaders()).containsEntry("io.camunda.zeebe:candidateGroups", "[\"partner-managers\"]");
    assertThat(processes.flowsTaken("Flow_CheckAgain")).isEqualTo(1);
    assertThat(new InspectedProcessInstance(instance)).hasPassedElement("EndEvent_Live").isCompleted();
  }

  @Test
  void aSecondInstanceForALaunchEndsAtOnce() {
    long instance = processes.start("region-launch", Map.of("regionId", 7, "regionCode", "NORDICS", "regionName", "Nordics"));
    processes.complete("region.open-launch", Map.of("duplicate", true));

    assertThat(new InspectedProcessInstance(instance)).hasPassedElement("EndEvent_Duplicate").hasNotPassedElement("Task_ConfirmLegalEntity").isCompleted();
  }

  private long launched() {
    long instance = processes.start("region-launch", Map.of("regionId", 7, "regionCode", "NORDICS", "regionName", "Nordics"));
    processes.complete("region.open-launch", Map.of("duplicate", false));
    return instance;
  }
}
