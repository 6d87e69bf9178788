package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.command.ClientStatusException;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@ZeebeProcessTest
class PartnerCertificationProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("partner-certification");

  private static final String RECORD_ATTEMPT = "certification.record-exam-attempt";
  private static final String ISSUE = "certification.issue-certificate";

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;
  int messages;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void aPassAtTheFirstAttemptIssuesTheCertificate() {
    InspectedProcessInstance instance = start();

    ActivatedJob attempt = sitExam("technical-certification", 85, true, 1);
    ActivatedJob issue = processes.complete(ISSUE, Map.of("certified", true, "certificateId", 11));

    assertThat(attempt.getVariablesAsMap()).containsEntry("passMark", 80).containsEntry("score", 85);
    assertThat(issue.getVariablesAsMap()).containsEntry("examId", "technical-certification");
    assertThat(instance)
        .hasPassedElementsInOrder("Task_AwaitExamResult", "Task_DeterminePassMark", "Task_RecordExamAttempt", "Task_IssueCertificate", "EndEvent_CertificateIssued")
        .hasVariableWithValue("certified", true)
        .isCompleted();
  }

  @Test
  void aFailedExamCanBeRetakenAndThenPassed() {
    InspectedProcessInstance instance = start();

    sitExam("sales-certification", 55, false, 1);
    assertThat(instance).isWaitingAtElements("Task_AwaitExamResult").hasNotPassedElement("Task_ReviewFailedCertification");
    sitExam("sales-certification", 72, true, 2);
    processes.complete(ISSUE, Map.of("certified", true));

    assertThat(instance).hasPassedElement("Task_RecordExamAttempt", 2).hasPassedElement("EndEvent_CertificateIssued").isCompleted();
  }

  @Test
  void usingUpTheAttemptsAsksAManagerWhoCanGrantOneMore() {
    InspectedProcessInstance instance = start();
    sitExam("sales-certification", 40, false, 1);
    sitExam("sales-certification", 50, false, 2);
    assertThat(instance).isWaitingAtElements("Task_ReviewFailedCertification");

    ActivatedJob review = processes.completeUserTask("Task_ReviewFailedCertification", Map.of("reviewDecision", "GRANT_ATTEMPT"));
    assertThat(review.getCustomHeaders()).containsEntry("io.camunda.zeebe:candidateGroups", "[\"partner-managers\"]");
    assertThat(instance).isWaitingAtElements("Task_AwaitExamResult");

    // The granted attempt is one attempt: failing it goes back to the manager.
    sitExam("sales-certification", 60, false, 3);
    processes.completeUserTask("Task_ReviewFailedCertification", Map.of("reviewDecision", "GRANT_ATTEMPT"));
    sitExam("sales-certification", 90, true, 4);
    processes.complete(ISSUE, Map.of("certified", true));

    assertThat(instance).hasPassedElement("Task_ReviewFailedCertification", 2).hasPassedElement("EndEvent_CertificateIssued").isCompleted();
  }

  @Test
  void aManagerCanRejectThePartnerOnceTheAttemptsAreUsedUp() {
    InspectedProcessInstance instance = start();
    sitExam("sales-certification", 40, false, 1);
    sitExam("sales-certification", 50, false, 2);

    processes.completeUserTask("Task_ReviewFailedCertification", Map.of("reviewDecision", "REJECT", "reviewComment", "no show"));

    assertThat(instance)
        .hasPassedElement("EndEvent_CertificationRejected")
        .hasNotPassedElement("Task_IssueCertificate")
        .hasVariableWithValue("certified", false)
        .hasVariableWithValue("reviewDecision", "REJECT")
        .isCompleted();
  }

  @Test
  void theSameExamResultDeliveredTwiceCountsAsOneAttempt() {
    InspectedProcessInstance instance = start();

    processes.publish("exam-result", "7", "exam:7:1", Map.of("examId", "sales-certification", "score", 50));
    assertThatThrownBy(() -> processes.publish("exam-result", "7", "exam:7:1", Map.of("examId", "sales-certification", "score", 50)))
        .isInstanceOf(ClientStatusException.class);
    processes.complete(RECORD_ATTEMPT, Map.of("passed", false, "attemptNumber", 1));

    // Had the twin been buffered, it would now correlate to the reopened wait as a second attempt.
    assertThat(instance).isWaitingAtElements("Task_AwaitExamResult").hasPassedElement("Task_RecordExamAttempt", 1);
    assertThat(waitingJobs(RECORD_ATTEMPT)).isEmpty();
  }

  private InspectedProcessInstance start() {
    return new InspectedProcessInstance(processes.start("partner-certification", Map.of("partnerId", 7L, "maxExamAttempts", 2)));
  }

  /** Publishes an exam result and plays the worker that records the attempt. */
  private ActivatedJob sitExam(String examId, int score, boolean passed, int attemptNumber) {
    processes.publish("exam-result", "7", "exam:7:" + ++messages, Map.of("examId", examId, "score", score));
    return processes.complete(RECORD_ATTEMPT, Map.of("passed", passed, "attemptNumber", attemptNumber));
  }

  private List<ActivatedJob> waitingJobs(String jobType) {
    return client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(10).send().join().getJobs();
  }
}
