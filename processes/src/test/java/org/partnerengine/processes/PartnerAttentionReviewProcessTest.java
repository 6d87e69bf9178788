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
        processes.complete(LIST, Map.of("partnerIds", List.of(7, 8), "attentionRound", "2027-01-02", "attentionReviewInterval", "P1D"));
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
  void theFactsOfOnePartnerDoNotLeakIntoAnothersDecision() {
    startReview("P1D");
    processes.moveClock(Duration.ofDays(1));
    processes.complete(LIST, Map.of("partnerIds", List.of(1, 2), "attentionRound", "2027-01-02", "attentionReviewInterval", "P1D"));

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
    processes.complete(LIST, Map.of("partnerIds", List.of(), "attentionRound", "2027-01-02", "attentionReviewInterval", "P7D"));

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
