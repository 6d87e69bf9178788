package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** co-sell-request and revenue-split: help from direct sales, and a deal's revenue shared. */
@ZeebeProcessTest
class CoSellingProcessTest {

  @RegisterExtension static ProcessCoverage coSellCoverage = ProcessCoverage.of("co-sell-request");
  @RegisterExtension static ProcessCoverage splitCoverage = ProcessCoverage.of("revenue-split");

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  // co-sell-request

  @Test
  void directSalesOfTheTerritoryAnswersTheRequest() {
    long instance = processes.start("co-sell-request", coSell(41));
    processes.complete("co-sell.open", Map.of("duplicate", false));

    ActivatedJob task = processes.completeUserTask("Task_AnswerCoSell", Map.of("coSellAccepted", true, "coSellNote", "Anna joins the call"));
    ActivatedJob record = processes.complete("co-sell.record-answer", Map.of());

    assertThat(task.getCustomHeaders().get("io.camunda.zeebe:candidateGroups")).contains("direct-sales-dach");
    assertThat(record.getVariablesAsMap()).containsEntry("coSellAccepted", true).containsEntry("coSellRequestId", 41);
    assertThat(new InspectedProcessInstance(instance))
        .hasPassedElementsInOrder("Task_OpenRequest", "Task_AnswerCoSell", "Task_RecordAnswer", "EndEvent_Answered")
        .isCompleted();
  }

  @Test
  void anAnswerPastTheSlaIsMarkedOverdueAndTheTaskStaysWithDirectSales() {
    long instance = processes.start("co-sell-request", coSell(42));
    processes.complete("co-sell.open", Map.of("duplicate", false));
    processes.moveClock(Duration.ofDays(1));
    assertThat(waitingJobs("co-sell.mark-overdue")).isEmpty();

    processes.moveClock(Duration.ofDays(1).plusHours(1));
    processes.complete("co-sell.mark-overdue", Map.of());

    assertThat(new InspectedProcessInstance(instance)).hasPassedElement("EndEvent_OverdueNoted").isActive();
    processes.completeUserTask("Task_AnswerCoSell", Map.of("coSellAccepted", false));
    processes.complete("co-sell.record-answer", Map.of());
    assertThat(new InspectedProcessInstance(instance)).hasPassedElement("EndEvent_Answered").isCompleted();
  }

  @Test
  void aSecondInstanceForAnOpenedRequestEndsAtOnce() {
    long instance = processes.start("co-sell-request", coSell(43));
    processes.complete("co-sell.open", Map.of("duplicate", true));

    assertThat(new InspectedProcessInstance(instance)).hasPassedElement("EndEvent_Duplicate").isCompleted();
  }

  // revenue-split

  @Test
  void aSplitTheOwnerProposedGoesStraightToTheChannelApprover() {
    long instance = processes.start("revenue-split", split(51, true));
    processes.complete("split.open", Map.of("duplicate", false));

    processes.completeUserTask("Task_ApproveSplit", Map.of("splitApproved", true));
    ActivatedJob decide = processes.complete("split.decide", Map.of());

    assertThat(decide.getVariablesAsMap()).containsEntry("splitApproved", true).containsEntry("splitId", 51);
    assertThat(new InspectedProcessInstance(instance))
        .hasPassedElementsInOrder("Gateway_ProposedByOwner", "Task_ApproveSplit", "Task_DecideSplit", "EndEvent_Decided")
        .hasNotPassedElement("Task_AwaitOwner")
        .isCompleted();
  }

  @Test
  void aManagersSplitWaitsForTheOwnerAndThenForTheApprover() {
    long instance = processes.start("revenue-split", split(52, false));
    processes.complete("split.open", Map.of("duplicate", false));

    processes.publish("split-owner-answered", "52", "split-owner-answer:52", Map.of("ownerAccepted", true));
    processes.completeUserTask("Task_ApproveSplit", Map.of("splitApproved", false, "splitNote", "The fulfilment share is too high"));
    processes.complete("split.decide", Map.of());

    assertThat(new InspectedProcessInstance(instance))
        .hasPassedElementsInOrder("Task_AwaitOwner", "Gateway_OwnerAccepted", "Task_ApproveSplit", "EndEvent_Decided")
        .isCompleted();
  }

  @Test
  void anOwnerWhoDeclinesEndsTheSplit() {
    long instance = processes.start("revenue-split", split(53, false));
    processes.complete("split.open", Map.of("duplicate", false));

    processes.publish("split-owner-answered", "53", "split-owner-answer:53", Map.of("ownerAccepted", false));

    assertThat(new InspectedProcessInstance(instance))
        .hasPassedElementsInOrder("Task_AwaitOwner", "Gateway_OwnerAccepted", "EndEvent_NotAccepted")
        .hasNotPassedElement("Task_ApproveSplit")
        .isCompleted();
  }

  @Test
  void anUnansweredSplitExpiresWhenTheOwnersWindowCloses() {
    long instance = processes.start("revenue-split", split(54, false));
    processes.complete("split.open", Map.of("duplicate", false));
    processes.moveClock(Duration.ofDays(6));
    assertThat(waitingJobs("split.close-owner-window")).isEmpty();

    processes.moveClock(Duration.ofDays(2));
    processes.complete("split.close-owner-window", Map.of("ownerAccepted", false));

    assertThat(new InspectedProcessInstance(instance))
        .hasPassedElementsInOrder("Event_OwnerWindowClosed", "Task_CloseOwnerWindow", "EndEvent_NotAccepted")
        .isCompleted();
  }

  @Test
  void anOwnerWhoAcceptedJustAsTheWindowClosedStillGetsADecision() {
    long instance = processes.start("revenue-split", split(55, false));
    processes.complete("split.open", Map.of("duplicate", false));
    processes.moveClock(Duration.ofDays(8));
    // The answer was stored, its message did not reach the instance: the window's job finds it.
    processes.complete("split.close-owner-window", Map.of("ownerAccepted", true));

    processes.completeUserTask("Task_ApproveSplit", Map.of("splitApproved", true));
    processes.complete("split.decide", Map.of());
    assertThat(new InspectedProcessInstance(instance))
        .hasPassedElementsInOrder("Task_CloseOwnerWindow", "Task_ApproveSplit", "EndEvent_Decided")
        .isCompleted();
  }

  @Test
  void aSecondInstanceForAnOpenedSplitEndsAtOnce() {
    long instance = processes.start("revenue-split", split(56, true));
    processes.complete("split.open", Map.of("duplicate", true));

    assertThat(new InspectedProcessInstance(instance)).hasPassedElement("EndEvent_Duplicate").isCompleted();
  }

  private static Map<String, Object> coSell(long requestId) {
    return Map.of(
        "coSellRequestId", requestId, "dealId", 7, "partnerId", 3, "coSellHelp", "TECHNICAL_PRESALES",
        "coSellNeededBy", "2026-12-20", "directSalesGroup", "direct-sales-dach", "coSellAnswerWithin", "P2D");
  }

  private static Map<String, Object> split(long splitId, boolean ownerAccepted) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("splitId", splitId);
    variables.put("dealId", 8);
    variables.put("partnerId", 3);
    variables.put("ownerAccepted", ownerAccepted);
    variables.put("splitOwnerAnswerWindow", "P7D");
    return variables;
  }

  private List<ActivatedJob> waitingJobs(String jobType) {
    processes.waitForIdle();
    return client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(10).send().join().getJobs();
  }
}
