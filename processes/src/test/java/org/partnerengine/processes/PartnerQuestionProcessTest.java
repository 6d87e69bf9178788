package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ZeebeProcessTest
class PartnerQuestionProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("partner-question");

  static final String RECORD = "questions.record-answer";
  static final String ESCALATE = "questions.escalate";

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void aDealsQuestionGoesToTheChannelApproversWhoseAnswerIsRecorded() {
    long instance = asked("DEALS");

    ActivatedJob task = processes.completeUserTask("Task_AnswerQuestion", Map.of("answer", "Yes: register it today."));

    assertThat(task.getCustomHeaders()).containsEntry("io.camunda.zeebe:candidateGroups", "[\"channel-approvers\"]");
    assertThat(task.getCustomHeaders().get("io.camunda.zeebe:formKey")).isNotBlank();
    assertThat(task.getCustomHeaders().get("io.camunda.zeebe:dueDate")).isNotBlank();
    ActivatedJob record = processes.complete(RECORD, Map.of());
    assertThat(record.getVariablesAsMap()).containsEntry("questionId", 42).containsEntry("answer", "Yes: register it today.");
    assertThat(new InspectedProcessInstance(instance))
        .hasPassedElementsInOrder("Task_RouteQuestion", "Task_AnswerQuestion", "Task_RecordAnswer", "EndEvent_Answered")
        .hasNotPassedElement("Task_EscalateQuestion")
        .isCompleted();
  }

  @Test
  void anUnansweredQuestionEscalatesOnceAndStillWaitsForItsAnswer() {
    long instance = asked("DEALS");

    processes.moveClock(Duration.ofHours(8).plusMinutes(1));
    ActivatedJob escalate = processes.complete(ESCALATE, Map.of());
    assertThat(escalate.getVariablesAsMap()).containsEntry("escalationGroup", "partner-managers");
    processes.moveClock(Duration.ofHours(8).plusMinutes(1));
    processes.waitForIdle();

    assertThat(new InspectedProcessInstance(instance)).hasPassedElement("EndEvent_Escalated").isWaitingAtElements("Task_AnswerQuestion");
    assertThat(processes.flowsTaken("Flow_ToEscalateQuestion")).isEqualTo(1);
    processes.completeUserTask("Task_AnswerQuestion", Map.of("answer", "Sorry for the wait: yes."));
    processes.complete(RECORD, Map.of());
    assertThat(new InspectedProcessInstance(instance)).hasPassedElement("EndEvent_Answered").isCompleted();
  }

  @ParameterizedTest(name = "{0} is answered by {1} within {2}, escalated to {3}")
  @CsvSource({
    "ONBOARDING, partner-managers, P1D, executives",
    "TRAINING, partner-managers, P1D, executives",
    "DEALS, channel-approvers, PT8H, partner-managers",
    "MDF, finance, P1D, partner-managers",
    "BILLING, finance, P2D, partner-managers",
    "TECHNICAL, partner-managers, P2D, executives",
    "OTHER, partner-managers, P2D, executives",
    "SOMETHING_NEW, partner-managers, P2D, executives"
  })
  void everyTopicHasAGroupATimeAndSomeoneToTell(String topic, String group, String sla, String escalation) throws Exception {
    String output = client.newEvaluateDecisionCommand().decisionId("question-routing").variables(Map.of("topic", topic)).send().join().getDecisionOutput();

    JsonNode routing = new ObjectMapper().readTree(output);
    assertThat(routing.path("answerGroup").asText()).isEqualTo(group);
    assertThat(Duration.parse(routing.path("answerSla").asText())).isEqualTo(Duration.parse(sla));
    assertThat(routing.path("escalationGroup").asText()).isEqualTo(escalation);
  }

  private long asked(String topic) {
    return processes.start("partner-question", Map.of("questionId", 42, "partnerId", 7, "topic", topic));
  }
}
