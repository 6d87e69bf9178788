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
class PartnerTierReviewProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("partner-tier-review");

  static final String COLLECT = "tiering.collect-tier-facts";
  static final String APPLY = "tiering.apply-tier";
  static final String RECORD = "tiering.record-tier-review";

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void appliesAnUpgradeWithoutAskingAnyone() {
    requestReview(7L, "BIG_DEAL_WON", "deal-1");
    long review = collectFacts(300_000, 2, 0.35, "SILVER");

    ActivatedJob apply = processes.job(APPLY);
    assertThat(apply.getVariablesAsMap())
        .containsEntry("tier", "GOLD")
        .containsEntry("tierChange", "UPGRADE")
        .containsEntry("trigger", "BIG_DEAL_WON");
    assertThat((String) apply.getVariablesAsMap().get("tierReason")).startsWith("Gold:");
    client.newCompleteCommand(apply.getKey()).send().join();
    processes.waitForIdle();

    assertThat(new InspectedProcessInstance(review))
        .hasPassedElementsInOrder("Task_CollectTierFacts", "Task_DecideTier", "Gateway_CompareTier", "Task_ApplyTier", "EndEvent_TierChanged")
        .hasNotPassedElement("Task_ApproveTierDowngrade")
        .isCompleted();
  }

  @Test
  void appliesADowngradeAManagerApproved() {
    requestReview(7L, "CERTIFICATE_EXPIRED", "certificate-3");
    long review = collectFacts(10_000, 0, 0.1, "GOLD");

    assertThat(new InspectedProcessInstance(review)).isWaitingAtElements("Task_ApproveTierDowngrade");
    processes.completeUserTask(
        "Task_ApproveTierDowngrade", Map.of("downgradeDecision", "APPROVE", "downgradeReason", "No certified staff left"));

    ActivatedJob apply = processes.job(APPLY);
    assertThat(apply.getVariablesAsMap())
        .containsEntry("tier", "REGISTERED")
        .containsEntry("downgradeReason", "No certified staff left");
    client.newCompleteCommand(apply.getKey()).send().join();
    processes.waitForIdle();

    assertThat(new InspectedProcessInstance(review))
        .hasPassedElementsInOrder("Task_ApproveTierDowngrade", "Gateway_DowngradeApproved", "Task_ApplyTier", "EndEvent_TierChanged")
        .isCompleted();
  }

  @Test
  void keepsTheTierWhenTheManagerRefusesTheDowngrade() {
    requestReview(7L, "SCHEDULED", "2026-12-31");
    long review = collectFacts(60_000, 1, 0.5, "PLATINUM");

    processes.completeUserTask(
        "Task_ApproveTierDowngrade", Map.of("downgradeDecision", "KEEP", "downgradeReason", "Strategic partner"));
    processes.complete(RECORD, Map.of());

    assertThat(new InspectedProcessInstance(review))
        .hasPassedElementsInOrder("Task_ApproveTierDowngrade", "Gateway_DowngradeApproved", "Task_RecordTierReview", "EndEvent_TierKept")
        .hasNotPassedElement("Task_ApplyTier")
        .isCompleted();
  }

  @Test
  void recordsAReviewThatKeepsTheSameTier() {
    requestReview(7L, "MANUAL", "request-9");
    long review = collectFacts(60_000, 1, 0.2, "SILVER");

    ActivatedJob record = processes.complete(RECORD, Map.of());

    assertThat(record.getVariablesAsMap()).containsEntry("tierChange", "UNCHANGED").containsEntry("tier", "SILVER");
    assertThat(new InspectedProcessInstance(review))
        .hasPassedElementsInOrder("Gateway_CompareTier", "Task_RecordTierReview", "EndEvent_TierKept")
        .hasNotPassedElement("Task_ApproveTierDowngrade")
        .isCompleted();
  }

  @Test
  void runsOneReviewPerPartnerAtATime() {
    requestReview(7L, "BIG_DEAL_WON", "deal-1");
    requestReview(7L, "CERTIFICATE_EXPIRED", "certificate-3");

    long first = collectFacts(60_000, 1, 0.2, "SILVER");
    assertThatNoJobWaits(COLLECT);
    processes.complete(RECORD, Map.of());

    // The second request waited for the first review to end, then started its own.
    long second = collectFacts(60_000, 1, 0.2, "SILVER");
    assertThat(second).isNotEqualTo(first);
  }

  private void requestReview(long partnerId, String trigger, String eventId) {
    processes.publish(
        "tier-review-requested",
        Long.toString(partnerId),
        "tier-review:" + trigger + ":" + partnerId + ":" + eventId,
        Map.of("partnerId", partnerId, "trigger", trigger));
  }

  /** Plays the facts worker; answers the review's instance key. */
  private long collectFacts(long bookedRevenue, int activeCertificates, double winRate, String currentTier) {
    ActivatedJob job =
        processes.complete(
            COLLECT,
            Map.of(
                "bookedRevenue", bookedRevenue,
                "activeCertificates", activeCertificates,
                "winRate", winRate,
                "currentTier", currentTier));
    return job.getProcessInstanceKey();
  }

  private void assertThatNoJobWaits(String jobType) {
    processes.waitForIdle();
    assertThat(client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(1).send().join().getJobs()).isEmpty();
  }
}
