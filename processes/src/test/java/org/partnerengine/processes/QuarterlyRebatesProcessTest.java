package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
    ActivatedJob list = processes.complete(LIST, Map.of("quarter", "2026-Q4", "partnerIds", List.of(7, 8), "afterPartnerId", 8, "morePartners", false));
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
        .hasPassedElementsInOrder(
            "StartEvent_QuarterEnded", "Task_ListPartnersForRebates", "Gateway_MorePartners", "EndEvent_RebatesRecorded")
        .hasPassedElement("Task_CalculateRebate", 2)
        .isCompleted();
  }

  @Test
  void theTimerFiresOnceAtEachQuarterEnd() {
    moveToNextQuarterStart();
    ActivatedJob first = processes.complete(LIST, Map.of("quarter", "2026-Q4", "partnerIds", List.of(), "morePartners", false));

    processes.moveClock(Duration.ofDays(30));
    assertThat(waitingJobs(LIST)).as("no second run within the quarter").isEmpty();

    processes.moveClock(Duration.ofDays(65));
    ActivatedJob second = processes.complete(LIST, Map.of("quarter", "2027-Q1", "partnerIds", List.of(), "morePartners", false));

    assertThat(second.getProcessInstanceKey()).isNotEqualTo(first.getProcessInstanceKey());
    assertThat(new InspectedProcessInstance(second.getProcessInstanceKey())).isCompleted();
  }

  @Test
  void aRunSettlesItsPartnersPageByPageForTheQuarterOfItsFirstPage() {
    moveToNextQuarterStart();

    List<ActivatedJob> calculations = new ArrayList<>();
    ActivatedJob first = listPage(List.of(1, 2), 2, true);
    calculations.addAll(settlePage(2));
    ActivatedJob second = listPage(List.of(3, 4), 4, true);
    calculations.addAll(settlePage(2));
    ActivatedJob last = listPage(List.of(5), 5, false);
    calculations.addAll(settlePage(1));

    assertThat(first.getVariablesAsMap()).as("a run starts without a cursor").doesNotContainKey("afterPartnerId");
    assertThat(second.getVariablesAsMap()).containsEntry("afterPartnerId", 2).containsEntry("quarter", "2026-Q4");
    assertThat(last.getVariablesAsMap()).containsEntry("afterPartnerId", 4).containsEntry("quarter", "2026-Q4");
    assertThat(calculations)
        .as("every partner of every page, once")
        .extracting(QuarterlyRebatesProcessTest::partnerOf)
        .containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    assertThat(calculations).allSatisfy(c -> assertThat(c.getVariablesAsMap()).containsEntry("quarter", "2026-Q4"));
    assertThat(new InspectedProcessInstance(first.getProcessInstanceKey()))
        .hasPassedElementsInOrder(
            "StartEvent_QuarterEnded",
            "Gateway_NextPage", "Task_ListPartnersForRebates", "Gateway_MorePartners",
            "Gateway_NextPage", "Task_ListPartnersForRebates", "Gateway_MorePartners",
            "Gateway_NextPage", "Task_ListPartnersForRebates", "Gateway_MorePartners",
            "EndEvent_RebatesRecorded")
        .hasPassedElement("Task_CalculateRebate", 5)
        .isCompleted();
    assertThat(processes.flowsTaken("Flow_ToNextPage")).isEqualTo(2);
    assertThat(processes.flowsTaken("Flow_ToRebatesRecorded")).isEqualTo(1);
  }

  /** Plays the list worker for one page of the run: the quarter the first page settles. */
  private ActivatedJob listPage(List<Integer> partnerIds, int afterPartnerId, boolean morePartners) {
    return processes.complete(
        LIST,
        Map.of(
            "partnerIds", partnerIds,
            "afterPartnerId", afterPartnerId,
            "morePartners", morePartners,
            "quarter", "2026-Q4"));
  }

  /** Collects and calculates the rebates of the page listed last; answers the calculation jobs. */
  private List<ActivatedJob> settlePage(int partners) {
    for (int i = 0; i < partners; i++) {
      processes.complete(COLLECT, Map.of("tier", "SILVER", "quarterlyRevenue", 10_000));
    }
    List<ActivatedJob> calculations = new ArrayList<>();
    for (int i = 0; i < partners; i++) {
      calculations.add(processes.complete(CALCULATE, Map.of()));
    }
    assertThat(waitingJobs(COLLECT)).as("no partner beyond the page").isEmpty();
    return calculations;
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
