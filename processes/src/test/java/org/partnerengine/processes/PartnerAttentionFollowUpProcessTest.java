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
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@ZeebeProcessTest
class PartnerAttentionFollowUpProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("partner-attention-follow-up");

  static final String KEY = "7:NO_RECENT_DEALS";

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void offersTheManagersATaskAndRecordsWhatTheyAgreed() {
    raise(1);
    ActivatedJob task = processes.completeUserTask("Task_FollowUpPartner", Map.of("followUpNote", "Joint pipeline review booked"));
    assertThat(task.getCustomHeaders())
        .containsEntry("io.camunda.zeebe:candidateGroups", "[\"partner-managers\"]");

    ActivatedJob record = processes.complete("attention.record-follow-up", Map.of());

    assertThat(record.getVariablesAsMap())
        .containsEntry("partnerId", 7)
        .containsEntry("attentionReason", "NO_RECENT_DEALS")
        .containsEntry("attentionRound", 1)
        .containsEntry("followUpNote", "Joint pipeline review booked");
    assertThat(new InspectedProcessInstance(record.getProcessInstanceKey()))
        .hasPassedElementsInOrder("Task_FollowUpPartner", "Task_RecordFollowUp", "EndEvent_FollowedUp")
        .isCompleted();
  }

  @Test
  void theCauseClearingTakesTheTaskAwayAndClosesIt() {
    raise(1);
    processes.waitForIdle();

    client
        .newPublishMessageCommand()
        .messageName("attention-cleared")
        .correlationKey(KEY)
        .messageId("attention-cleared:" + KEY + ":1")
        .timeToLive(Duration.ZERO)
        .send()
        .join();
    ActivatedJob close = processes.complete("attention.close-follow-up", Map.of());

    assertThat(new InspectedProcessInstance(close.getProcessInstanceKey()))
        .hasPassedElementsInOrder("Event_AttentionCleared", "Task_CloseFollowUp", "EndEvent_Cleared")
        .hasNotPassedElement("Task_RecordFollowUp")
        .isCompleted();
  }

  @Test
  void aSecondRaiseForTheSamePartnerAndReasonWhileOneRunsStartsNoSecondFollowUp() {
    raise(1);
    raise(2);
    processes.publish(
        "attention-raised", "8:NO_RECENT_DEALS", "attention-raised:8:NO_RECENT_DEALS:1",
        Map.of("partnerId", 8, "attentionReason", "NO_RECENT_DEALS", "attentionKind", "AT_RISK",
            "attentionKey", "8:NO_RECENT_DEALS", "attentionRound", 1));

    assertThat(followUpsStarted()).as("one for partner 7, one for partner 8").isEqualTo(2);
  }

  private void raise(int round) {
    processes.publish(
        "attention-raised",
        KEY,
        "attention-raised:" + KEY + ":" + round,
        Map.of(
            "partnerId", 7,
            "attentionReason", "NO_RECENT_DEALS",
            "attentionKind", "AT_RISK",
            "attentionKey", KEY,
            "attentionRound", round));
  }

  private long followUpsStarted() {
    return StreamSupport.stream(BpmnAssert.getRecordStream().processInstanceRecords().spliterator(), false)
        .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED)
        .map(r -> (ProcessInstanceRecordValue) r.getValue())
        .filter(v -> v.getBpmnElementType() == BpmnElementType.PROCESS && "partner-attention-follow-up".equals(v.getBpmnProcessId()))
        .count();
  }

}
