package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@ZeebeProcessTest
class QuarterlyRebatesProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("quarterly-rebates");

  static final String LIST = "rebates.list-partners";
  static final String COLLECT = "rebates.collect-quarter-revenue";
  static final String CALCULATE = "rebates.calculate-rebate";

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void calculatesEachPartnersRebateWithItsOwnTierAndRevenue() {
    moveToNextQuarterStart();
    ActivatedJob list = processes.complete(LIST, Map.of("quarter", "2026-Q4", "partnerIds", List.of(7, 8)));
    Map<Integer, Map<String, Object>> revenue =
        Map.of(
            7, Map.of("tier", "PLATINUM", "quarterlyRevenue", 300_000),
            8, Map.of("tier", "SILVER", "quarterlyRevenue", 10_000));
    for (int i = 0; i < 2; i++) {
      ActivatedJob collect = processes.job(COLLECT);
      client.newCompleteCommand(collect.getKey()).variables(revenue.get(partnerOf(collect))).send().join();
    }

    Map<Integer, Object> rates = new HashMap<>();
    for (int i = 0; i < 2; i++) {
      ActivatedJob calculate = processes.complete(CALCULATE, Map.of());
      assertThat(calculate.getVariablesAsMap()).containsEntry("quarter", "2026-Q4");
      assertThat(calculate.getVariablesAsMap()).containsAllEntriesOf(revenue.get(partnerOf(calculate)));
      rates.put(partnerOf(calculate), calculate.getVariablesAsMap().get("rebateRate"));
    }

    assertThat(rates).containsEntry(7, 6).containsEntry(8, 2);
    assertThat(new InspectedProcessInstance(list.getProcessInstanceKey()))
        .hasPassedElementsInOrder("StartEvent_QuarterEnded", "Task_ListPartnersForRebates", "EndEvent_RebatesRecorded")
        .hasPassedElement("Task_CalculateRebate", 2)
        .isCompleted();
  }

  @Test
  void theTimerFiresOnceAtEachQuarterEnd() {
    moveToNextQuarterStart();
    ActivatedJob first = processes.complete(LIST, Map.of("quarter", "2026-Q4", "partnerIds", List.of()));

    processes.moveClock(Duration.ofDays(30));
    assertThat(waitingJobs(LIST)).as("no second run within the quarter").isEmpty();

    processes.moveClock(Duration.ofDays(65));
    ActivatedJob second = processes.complete(LIST, Map.of("quarter", "2027-Q1", "partnerIds", List.of()));

    assertThat(second.getProcessInstanceKey()).isNotEqualTo(first.getProcessInstanceKey());
    assertThat(new InspectedProcessInstance(second.getProcessInstanceKey())).isCompleted();
  }

  /** Moves the engine clock just past 01:00 UTC on the first day of the next quarter. */
  private void moveToNextQuarterStart() {
    Instant now = Instant.now(); // the engine clock runs from the wall clock until a test moves it
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3);
    Instant due = quarterStart.atTime(1, 1).toInstant(ZoneOffset.UTC);
    processes.moveClock(Duration.between(now, due));
  }

  private static int partnerOf(ActivatedJob job) {
    return (Integer) job.getVariablesAsMap().get("partnerId");
  }

  private List<ActivatedJob> waitingJobs(String jobType) {
    processes.waitForIdle();
    return client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(10).send().join().getJobs();
  }
}
