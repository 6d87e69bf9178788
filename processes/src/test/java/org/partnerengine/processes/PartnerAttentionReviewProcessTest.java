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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@ZeebeProcessTest
class PartnerAttentionReviewProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("partner-attention-review");

  static final String LIST = "attention.list-partners";
  static final String FACTS = "attention.collect-facts";
  static final String RECONCILE = "attention.reconcile";

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void eachRoundDecidesEveryPartnersReasonsAndHandsThemToTheReconciler() {
    startReview("P1D");
    assertThat(waitingJobs(LIST)).as("no round before the interval has passed").isEmpty();

    processes.moveClock(Duration.ofDays(1));
    ActivatedJob list =
        processes.complete(LIST, Map.of("partnerIds", List.of(7, 8), "afterPartnerId", 8, "morePartners", false, "attentionRound", "2027-01-02", "attentionReviewInterval", "P1D"));
    // Partner 7 is certified and active but registered no deal for 120 days; partner 8 is fine.
    completeFacts(Map.of(7, facts("ACTIVE", 120, null), 8, facts("ACTIVE", 10, null)));
    Map<Object, Object> reasonsByPartner = new HashMap<>();
    for (int i = 0; i < 2; i++) {
      ActivatedJob reconcile = processes.complete(RECONCILE, Map.of());
      reasonsByPartner.put(reconcile.getVariablesAsMap().get("partnerId"), reconcile.getVariablesAsMap().get("attentionReasons"));
    }

    assertThat(reasonsByPartner)
        .containsEntry(7, List.of(Map.of("reason", "NO_RECENT_DEALS", "kind", "AT_RISK")))
        // A COLLECT table with no matching rule answers null: the reconciler reads that as no reasons.
        .containsEntry(8, null);
    assertThat(new InspectedProcessInstance(list.getProcessInstanceKey()))
        .hasPassedElementsInOrder("Event_ReviewIntervalElapsed", "Task_ListPartners")
        .hasPassedElement("Task_DecideAttention", 2)
        .hasPassedElement("Task_ReconcileAttention", 2)
        .isWaitingAtElements("Event_ReviewIntervalElapsed");
  }

  @Test
  void aRoundReviewsItsPartnersPageByPageAndTheNextRoundStartsFromTheFirstPartner() {
    startReview("P1D");
    processes.moveClock(Duration.ofDays(1));

    List<Object> reviewed = new ArrayList<>();
    ActivatedJob first = listPage(List.of(1, 2), 2, true);
    reviewed.addAll(reviewPage(2));
    ActivatedJob second = listPage(List.of(3, 4), 4, true);
    reviewed.addAll(reviewPage(2));
    ActivatedJob last = listPage(List.of(5), 5, false);
    reviewed.addAll(reviewPage(1));

    assertThat(first.getVariablesAsMap()).as("a round starts without a cursor").containsEntry("afterPartnerId", null);
    assertThat(second.getVariablesAsMap()).containsEntry("afterPartnerId", 2).containsEntry("attentionRound", "2027-01-02");
    assertThat(last.getVariablesAsMap()).containsEntry("afterPartnerId", 4);
    assertThat(reviewed).as("every partner of every page, once").containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    assertThat(new InspectedProcessInstance(first.getProcessInstanceKey()))
        .hasPassedElementsInOrder(
            "Event_ReviewIntervalElapsed",
            "Gateway_NextPage", "Task_ListPartners", "Gateway_MorePartners",
            "Gateway_NextPage", "Task_ListPartners", "Gateway_MorePartners",
            "Gateway_NextPage", "Task_ListPartners", "Gateway_MorePartners")
        .hasPassedElement("Task_ReconcileAttention", 5)
        .isWaitingAtElements("Event_ReviewIntervalElapsed");
    assertThat(processes.flowsTaken("Flow_ToNextPage")).isEqualTo(2);
    assertThat(processes.flowsTaken("Flow_BackToNextRound")).isEqualTo(1);

    processes.moveClock(Duration.ofDays(1));
    assertThat(processes.job(LIST).getVariablesAsMap())
        .as("the interval elapsing reset the cursor")
        .containsEntry("afterPartnerId", null);
  }

  @Test
  void theFactsOfOnePartnerDoNotLeakIntoAnothersDecision() {
    startReview("P1D");
    processes.moveClock(Duration.ofDays(1));
    processes.complete(LIST, Map.of("partnerIds", List.of(1, 2), "afterPartnerId", 2, "morePartners", false, "attentionRound", "2027-01-02", "attentionReviewInterval", "P1D"));

    // Partner 1 is stalled in onboarding; partner 2 has a certificate expiring in 20 days.
    completeFacts(Map.of(1, facts("ONBOARD", 0, null, 45), 2, facts("ACTIVE", 5, 20L)));
    Map<Object, Object> reasonsByPartner = new HashMap<>();
    for (int i = 0; i < 2; i++) {
      ActivatedJob reconcile = processes.complete(RECONCILE, Map.of());
      reasonsByPartner.put(reconcile.getVariablesAsMap().get("partnerId"), reconcile.getVariablesAsMap().get("attentionReasons"));
    }

    assertThat(reasonsByPartner)
        .containsEntry(1, List.of(Map.of("reason", "ONBOARDING_STALLED", "kind", "AT_RISK")))
        .containsEntry(2, List.of(Map.of("reason", "CERTIFICATE_EXPIRING", "kind", "AT_RISK")));
  }

  @Test
  void takesTheIntervalForTheNextRoundFromTheLastList() {
    startReview("P1D");
    processes.moveClock(Duration.ofDays(1));
    processes.complete(LIST, Map.of("partnerIds", List.of(), "morePartners", false, "attentionRound", "2027-01-02", "attentionReviewInterval", "P7D"));

    processes.moveClock(Duration.ofDays(2));
    assertThat(waitingJobs(LIST)).isEmpty();
    processes.moveClock(Duration.ofDays(5));
    assertThat(waitingJobs(LIST)).hasSize(1);
  }

  @Test
  void aSecondStartWhileTheReviewRunsStartsNoSecondLoop() {
    startReview("P1D");
    startReview("P1D");

    assertThat(reviewsStarted()).isEqualTo(1);
  }

  static Map<String, Object> facts(String stage, long daysWithoutDeal, Long daysToCertificateExpiry) {
    return facts(stage, daysWithoutDeal, daysToCertificateExpiry, 10);
  }

  static Map<String, Object> facts(String stage, long daysWithoutDeal, Long daysToCertificateExpiry, long daysInStage) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("stage", stage);
    facts.put("tier", "REGISTERED");
    facts.put("certified", !"ONBOARD".equals(stage));
    facts.put("daysWithoutDeal", daysWithoutDeal);
    facts.put("daysToCertificateExpiry", daysToCertificateExpiry);
    facts.put("retakeStarted", false);
    facts.put("daysInStage", daysInStage);
    facts.put("annualisedRevenue", 0);
    facts.put("revenueGrowing", false);
    return facts;
  }

  /** Plays the facts worker for each partner's parallel job. */
  private void completeFacts(Map<Integer, Map<String, Object>> factsByPartner) {
    for (int i = 0; i < factsByPartner.size(); i++) {
      ActivatedJob job = processes.job(FACTS);
      Object partnerId = job.getVariablesAsMap().get("partnerId");
      client.newCompleteCommand(job.getKey()).variables(factsByPartner.get(partnerId)).send().join();
      processes.waitForIdle();
    }
  }

  /** Plays the list worker for one page of a round. */
  private ActivatedJob listPage(List<Integer> partnerIds, int afterPartnerId, boolean morePartners) {
    return processes.complete(
        LIST,
        Map.of(
            "partnerIds", partnerIds,
            "afterPartnerId", afterPartnerId,
            "morePartners", morePartners,
            "attentionRound", "2027-01-02",
            "attentionReviewInterval", "P1D"));
  }

  /** Reviews the partners of the page listed last, none with a reason; answers whom it reconciled. */
  private List<Object> reviewPage(int partners) {
    for (int i = 0; i < partners; i++) {
      processes.complete(FACTS, facts("ACTIVE", 10, null));
    }
    List<Object> reconciled = new ArrayList<>();
    for (int i = 0; i < partners; i++) {
      reconciled.add(processes.complete(RECONCILE, Map.of()).getVariablesAsMap().get("partnerId"));
    }
    assertThat(waitingJobs(FACTS)).as("no partner beyond the page").isEmpty();
    return reconciled;
  }


  private void startReview(String interval) {
    client
        .newPublishMessageCommand()
        .messageName("partner-attention-review-started")
        .correlationKey("partner-attention-review")
        .timeToLive(Duration.ZERO)
        .variables(Map.of("attentionReviewInterval", interval))
        .send()
        .join();
    processes.waitForIdle();
  }

  private List<ActivatedJob> waitingJobs(String jobType) {
    processes.waitForIdle();
    return client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(10).send().join().getJobs();
  }

  private long reviewsStarted() {
    return StreamSupport.stream(BpmnAssert.getRecordStream().processInstanceRecords().spliterator(), false)
        .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED)
        .map(r -> (ProcessInstanceRecordValue) r.getValue())
        .filter(v -> v.getBpmnElementType() == BpmnElementType.PROCESS && "partner-attention-review".equals(v.getBpmnProcessId()))
        .count();
  }
}
