package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@ZeebeProcessTest
class TierReviewScheduleProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("tier-review-schedule");

  static final String LIST = "tiering.list-partners-for-review";
  static final String REQUEST = "tiering.request-review";

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void asksForAReviewOfEveryActivePartnerOncePerInterval() {
    startSchedule("P3M");
    processes.moveClock(Duration.ofDays(80));
    assertThat(waitingJobs(LIST)).as("no round before the interval has passed").isEmpty();

    processes.moveClock(Duration.ofDays(13));
    ActivatedJob list =
        processes.complete(LIST, Map.of("partnerIds", List.of(7, 8), "afterPartnerId", 8, "morePartners", false, "reviewRound", "2027-02-27", "tierReviewInterval", "P3M"));
    ActivatedJob first = processes.complete(REQUEST, Map.of());
    ActivatedJob second = processes.complete(REQUEST, Map.of());

    assertThat(List.of(first.getVariablesAsMap().get("partnerId"), second.getVariablesAsMap().get("partnerId")))
        .containsExactlyInAnyOrder(7, 8);
    assertThat(first.getVariablesAsMap()).containsEntry("reviewRound", "2027-02-27");
    assertThat(new InspectedProcessInstance(list.getProcessInstanceKey()))
        .hasPassedElementsInOrder("Event_ReviewIntervalElapsed", "Task_ListPartnersForReview")
        .hasPassedElement("Task_RequestTierReviews", 3) // two partners, and the multi-instance body
        .isWaitingAtElements("Event_ReviewIntervalElapsed");
  }

  @Test
  void aRoundAsksForReviewsPageByPageAndTheNextRoundStartsFromTheFirstPartner() {
    startSchedule("P3M");
    processes.moveClock(Duration.ofDays(93));

    ActivatedJob first = listPage(List.of(7, 8), 8, true);
    List<ActivatedJob> requests = new ArrayList<>(requestPage(2));
    ActivatedJob last = listPage(List.of(9), 9, false);
    requests.addAll(requestPage(1));

    assertThat(first.getVariablesAsMap()).as("a round starts without a cursor").containsEntry("afterPartnerId", null);
    assertThat(last.getVariablesAsMap()).containsEntry("afterPartnerId", 8).containsEntry("reviewRound", "2027-02-27");
    assertThat(requests.stream().map(r -> r.getVariablesAsMap().get("partnerId")))
        .as("every partner of every page, once")
        .containsExactlyInAnyOrder(7, 8, 9);
    assertThat(requests).allSatisfy(r -> assertThat(r.getVariablesAsMap()).containsEntry("reviewRound", "2027-02-27"));
    assertThat(new InspectedProcessInstance(first.getProcessInstanceKey()))
        .hasPassedElementsInOrder(
            "Event_ReviewIntervalElapsed",
            "Gateway_NextPage", "Task_ListPartnersForReview", "Gateway_MorePartners",
            "Gateway_NextPage", "Task_ListPartnersForReview", "Gateway_MorePartners")
        .hasPassedElement("Task_RequestTierReviews", 5) // three partners, and a multi-instance body per page
        .isWaitingAtElements("Event_ReviewIntervalElapsed");
    assertThat(processes.flowsTaken("Flow_ToNextPage")).isEqualTo(1);
    assertThat(processes.flowsTaken("Flow_BackToNextRound")).isEqualTo(1);

    processes.moveClock(Duration.ofDays(93));
    assertThat(processes.job(LIST).getVariablesAsMap())
        .as("the interval elapsing reset the cursor")
        .containsEntry("afterPartnerId", null);
  }

  @Test
  void takesTheIntervalForTheNextRoundFromTheLastList() {
    startSchedule("P3M");
    processes.moveClock(Duration.ofDays(93));
    processes.complete(LIST, Map.of("partnerIds", List.of(), "morePartners", false, "reviewRound", "2027-02-27", "tierReviewInterval", "P1M"));

    processes.moveClock(Duration.ofDays(32));

    assertThat(waitingJobs(LIST)).hasSize(1);
  }

  @Test
  void aSecondStartWhileTheScheduleRunsStartsNoSecondSchedule() {
    startSchedule("P3M");
    startSchedule("P3M");

    assertThat(schedulesStarted()).isEqualTo(1);
  }

  /** Plays the list worker for one page of a round. */
  private ActivatedJob listPage(List<Integer> partnerIds, int afterPartnerId, boolean morePartners) {
    return processes.complete(
        LIST,
        Map.of(
            "partnerIds", partnerIds,
            "afterPartnerId", afterPartnerId,
            "morePartners", morePartners,
            "reviewRound", "2027-02-27",
            "tierReviewInterval", "P3M"));
  }

  /** Completes the review requests of the page listed last. */
  private List<ActivatedJob> requestPage(int partners) {
    List<ActivatedJob> requests = new ArrayList<>();
    for (int i = 0; i < partners; i++) {
      requests.add(processes.complete(REQUEST, Map.of()));
    }
    assertThat(waitingJobs(REQUEST)).as("no partner beyond the page").isEmpty();
    return requests;
  }


  /** What the app does at start: a message with one fixed key and no time to live. */
  private void startSchedule(String interval) {
    client
        .newPublishMessageCommand()
        .messageName("tier-review-schedule-started")
        .correlationKey("tier-review-schedule")
        .timeToLive(Duration.ZERO)
        .variables(Map.of("tierReviewInterval", interval))
        .send()
        .join();
    processes.waitForIdle();
  }

  private List<ActivatedJob> waitingJobs(String jobType) {
    processes.waitForIdle();
    return client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(10).send().join().getJobs();
  }

  private long schedulesStarted() {
    return StreamSupport.stream(BpmnAssert.getRecordStream().processInstanceRecords().spliterator(), false)
        .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED)
        .map(r -> (ProcessInstanceRecordValue) r.getValue())
        .filter(v -> v.getBpmnElementType() == BpmnElementType.PROCESS && "tier-review-schedule".equals(v.getBpmnProcessId()))
        .count();
  }
}
