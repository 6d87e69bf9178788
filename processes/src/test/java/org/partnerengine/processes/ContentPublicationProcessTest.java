package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@ZeebeProcessTest
class ContentPublicationProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("content-publication");

  private static final long VERSION = 31L;
  private static final Duration REVIEW_PERIOD = Duration.ofDays(180);
  private static final Duration GRACE = Duration.ofDays(14);

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void anApprovedVersionIsPublishedRenewedAtItsReviewDateAndRetiredAtTheNext() {
    InspectedProcessInstance publication = submit();

    processes.completeUserTask("Task_ReviewContent", Map.of("approved", true, "comment", "accurate"));
    processes.complete("content.publish", Map.of("reviewDate", inDays(REVIEW_PERIOD)));
    processes.complete("content.notify-audience", Map.of("notified", 3));
    processes.moveClock(REVIEW_PERIOD.minusDays(1));
    assertThat(publication).hasNotPassedElement("Event_ReviewDateReached");
    processes.moveClock(Duration.ofDays(2));
    processes.completeUserTask("Task_ReviewPublishedContent", Map.of("renew", true, "nextReviewDate", "2027-12-31"));
    processes.complete("content.renew", Map.of("reviewDate", inDays(REVIEW_PERIOD)));
    processes.moveClock(REVIEW_PERIOD.plusDays(1));
    processes.completeUserTask("Task_ReviewPublishedContent", Map.of("renew", false, "comment", "replaced by the new deck"));
    processes.complete("content.retire", Map.of());

    assertThat(publication)
        .hasPassedElementsInOrder(
            "Task_ReviewContent", "Task_PublishContent", "Task_NotifyAudience", "Event_ReviewDateReached",
            "Task_ReviewPublishedContent", "Task_RenewContent", "Event_ReviewDateReached", "Task_ReviewPublishedContent",
            "Task_RetireContent", "EndEvent_ContentRetired")
        .hasNotPassedElement("Event_ReviewGraceExpired")
        .hasNotPassedElement("Task_SendBackContent")
        .isCompleted();
  }

  @Test
  void aVersionSentBackWaitsForItsResubmissionAndIsReviewedAgain() {
    InspectedProcessInstance publication = submit();

    processes.completeUserTask("Task_ReviewContent", Map.of("approved", false, "comment", "prices are last year's"));
    processes.complete("content.send-back", Map.of());
    assertThat(publication).isWaitingAtElements("Event_ContentResubmitted");
    processes.publish("content-resubmitted", String.valueOf(VERSION), "content-resubmitted:31:1", Map.of());
    processes.completeUserTask("Task_ReviewContent", Map.of("approved", true, "comment", "fixed"));

    assertThat(publication)
        .hasPassedElementsInOrder(
            "Task_ReviewContent", "Task_SendBackContent", "Event_ContentResubmitted", "Task_ReviewContent")
        .hasVariableWithValue("comment", "fixed")
        .isWaitingAtElements("Task_PublishContent");
  }

  @Test
  void thePublicationTimerRetiresAnExpiredAsset() {
    InspectedProcessInstance publication = submit();

    processes.completeUserTask("Task_ReviewContent", Map.of("approved", true, "comment", "ok"));
    processes.complete("content.publish", Map.of("reviewDate", inDays(REVIEW_PERIOD)));
    processes.complete("content.notify-audience", Map.of("notified", 0));
    processes.moveClock(REVIEW_PERIOD.plusDays(1));
    assertThat(publication).isWaitingAtElements("Task_ReviewPublishedContent");
    processes.moveClock(GRACE.minusDays(2));
    assertThat(publication).hasNotPassedElement("Event_ReviewGraceExpired");
    processes.moveClock(Duration.ofDays(2));
    processes.complete("content.retire", Map.of());

    assertThat(publication)
        .hasPassedElementsInOrder("Event_ReviewDateReached", "Event_ReviewGraceExpired", "Task_RetireContent", "EndEvent_ContentRetired")
        .hasNotPassedElement("Gateway_Renewed")
        .isCompleted();
  }

  private InspectedProcessInstance submit() {
    return new InspectedProcessInstance(
        processes.start(
            "content-publication",
            Map.of("contentVersionId", VERSION, "contentAssetId", 7L, "contentReviewGrace", GRACE.toString())));
  }

  /** An ISO instant this far after the engine's clock, as the publish and renew workers answer. */
  private static String inDays(Duration fromNow) {
    long latest = 0;
    for (Record<?> record : BpmnAssert.getRecordStream().records()) {
      latest = Math.max(latest, record.getTimestamp());
    }
    return Instant.ofEpochMilli(latest).plus(fromNow).toString();
  }
}
