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

/** account-mapping-refresh: overlaps turned into plays, round after round. */
@ZeebeProcessTest
class AccountMappingRefreshProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("account-mapping-refresh");

  static final String LIST = "ecosystem.list-mapped-partners";
  static final String RAISE = "ecosystem.raise-plays";

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void aRoundDecidesEveryPairOfPopulationsThenRaisesPlaysPartnerByPartnerPageByPage() {
    startRefresh("P7D");
    processes.moveClock(Duration.ofDays(6));
    assertThat(waitingJobs(LIST)).as("no round before the interval").isEmpty();
    processes.moveClock(Duration.ofDays(2));

    ActivatedJob first = processes.complete(LIST, page(List.of(4, 5), 5, true));
    ActivatedJob raiseForFour = processes.complete(RAISE, Map.of("introRequestsStarted", 1));
    processes.complete(RAISE, Map.of("introRequestsStarted", 0));
    processes.complete(LIST, page(List.of(9), 9, false));
    ActivatedJob raiseForNine = processes.complete(RAISE, Map.of("introRequestsStarted", 0));

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> table = (List<Map<String, Object>>) raiseForFour.getVariablesAsMap().get("playTable");
    assertThat(table).hasSize(9);
    assertThat(table)
        .contains(
            Map.of("vendorPopulation", "PROSPECTS", "partnerPopulation", "CUSTOMERS", "play", "ASK_FOR_INTRODUCTION"),
            Map.of("vendorPopulation", "OPEN_OPPORTUNITIES", "partnerPopulation", "CUSTOMERS", "play", "CO_SELL"),
            Map.of("vendorPopulation", "CUSTOMERS", "partnerPopulation", "PROSPECTS", "play", "REFER"),
            Map.of("vendorPopulation", "CUSTOMERS", "partnerPopulation", "CUSTOMERS", "play", "NONE"));
    assertThat(first.getVariablesAsMap()).containsEntry("afterPartnerId", null);
    assertThat(raiseForNine.getVariablesAsMap()).containsEntry("partnerId", 9);
    assertThat(new InspectedProcessInstance(first.getProcessInstanceKey()))
        .hasPassedElementsInOrder(
            "Event_RefreshIntervalElapsed",
            "Gateway_NextPage", "Task_ListMappedPartners", "Gateway_MorePartners",
            "Gateway_NextPage", "Task_ListMappedPartners", "Gateway_MorePartners")
        .hasPassedElement("Task_DecidePlays", 10) // nine pairs, and the multi-instance body
        .hasPassedElement("Task_RaisePlays", 5) // three partners, and a multi-instance body per page
        .isWaitingAtElements("Event_RefreshIntervalElapsed");
    assertThat(processes.flowsTaken("Flow_ToNextPage")).isEqualTo(1);
    assertThat(processes.flowsTaken("Flow_BackToNextRound")).isEqualTo(1);

    processes.moveClock(Duration.ofDays(8));
    assertThat(processes.job(LIST).getVariablesAsMap()).as("a new round from the first partner").containsEntry("afterPartnerId", null);
  }

  private static Map<String, Object> page(List<Integer> partnerIds, int afterPartnerId, boolean more) {
    return Map.of("partnerIds", partnerIds, "afterPartnerId", afterPartnerId, "morePartners", more, "refreshInterval", "P7D");
  }

  private void startRefresh(String interval) {
    client.newPublishMessageCommand()
        .messageName("account-mapping-refresh-started")
        .correlationKey("account-mapping-refresh")
        .timeToLive(Duration.ZERO)
        .variables(Map.of("refreshInterval", interval))
        .send()
        .join();
    processes.waitForIdle();
  }

  private List<ActivatedJob> waitingJobs(String jobType) {
    processes.waitForIdle();
    return client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(10).send().join().getJobs();
  }
}
