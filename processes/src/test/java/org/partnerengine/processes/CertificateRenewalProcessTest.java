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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@ZeebeProcessTest
class CertificateRenewalProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("certificate-renewal");

  private static final String RENEWAL_DUE = "certification.record-renewal-due";
  private static final String EXPIRE = "certification.expire-certificate";

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void startsRecertificationTheLeadTimeBeforeExpiryAndEndsWhenThePartnerPassesAgain() {
    issueCertificate();

    processes.moveClock(Duration.ofDays(300));
    assertThat(waitingJobs(RENEWAL_DUE)).isEmpty();
    processes.moveClock(Duration.ofDays(36));
    ActivatedJob renewalDue = processes.complete(RENEWAL_DUE, Map.of());
    assertThat(renewalDue.getVariablesAsMap()).containsEntry("certificateId", 11).containsEntry("partnerId", 7);

    processes.publish("exam-result", "7", "exam:7:renewal", Map.of("examId", "sales-certification", "score", 88));
    ActivatedJob attempt = processes.complete("certification.record-exam-attempt", Map.of("passed", true, "attemptNumber", 1));
    assertThat(attempt.getVariablesAsMap()).containsEntry("certificationCycle", 2).doesNotContainKey("certificateId");
    processes.complete("certification.issue-certificate", Map.of("certified", true, "certificateId", 12));

    assertThat(renewal())
        .hasPassedElementsInOrder("Event_RenewalDue", "Task_RecordRenewalDue", "CallActivity_Recertify", "EndEvent_CertificateRenewed")
        .hasNotPassedElement("Task_ExpireCertificate")
        .hasVariableWithValue("recertified", true)
        .isCompleted();
  }

  @Test
  void aCertificateThatExpiresDuringRecertificationIsExpired() {
    issueCertificate();
    processes.moveClock(Duration.ofDays(336));
    processes.complete(RENEWAL_DUE, Map.of());

    processes.moveClock(Duration.ofDays(30));
    ActivatedJob expire = processes.complete(EXPIRE, Map.of());

    assertThat(expire.getVariablesAsMap()).containsEntry("certificateId", 11).containsEntry("partnerId", 7);
    assertThat(renewal()).hasPassedElement("Event_ExpiredDuringRecertification").hasPassedElement("EndEvent_CertificateExpired").isCompleted();
    assertThat(recertificationTerminated()).isTrue();
  }

  @Test
  void aRejectedRecertificationLetsTheCertificateRunOutAndExpire() {
    issueCertificate();
    processes.moveClock(Duration.ofDays(336));
    processes.complete(RENEWAL_DUE, Map.of());
    for (int attempt = 1; attempt <= 2; attempt++) {
      processes.publish("exam-result", "7", "exam:7:" + attempt, Map.of("examId", "sales-certification", "score", 10));
      processes.complete("certification.record-exam-attempt", Map.of("passed", false, "attemptNumber", attempt));
    }
    processes.completeUserTask("Task_ReviewFailedCertification", Map.of("reviewDecision", "REJECT"));

    assertThat(renewal()).isWaitingAtElements("Event_CertificateExpiry");
    assertThat(waitingJobs(EXPIRE)).isEmpty();
    processes.moveClock(Duration.ofDays(30));
    ActivatedJob expire = processes.complete(EXPIRE, Map.of());

    assertThat(expire.getVariablesAsMap()).containsEntry("certificateId", 11);
    assertThat(renewal())
        .hasPassedElementsInOrder("CallActivity_Recertify", "Event_CertificateExpiry", "Task_ExpireCertificate", "EndEvent_CertificateExpired")
        .isCompleted();
  }

  /** Plays the issue worker: the message that starts one renewal per certificate. */
  private void issueCertificate() {
    processes.publish(
        "certificate-issued",
        "11",
        "certificate-issued:11",
        Map.of(
            "partnerId", 7,
            "certificateId", 11,
            "examId", "sales-certification",
            "certificationCycle", 1,
            "expiresAt", Instant.now().plus(Duration.ofDays(365)).toString(),
            "certificateRenewalLeadTime", "P30D",
            "maxExamAttempts", 2));
  }

  private InspectedProcessInstance renewal() {
    long key =
        StreamSupport.stream(BpmnAssert.getRecordStream().processInstanceRecords().spliterator(), false)
            .filter(r -> r.getValue().getBpmnProcessId().equals("certificate-renewal"))
            .filter(r -> r.getValue().getBpmnElementType() == BpmnElementType.PROCESS)
            .findFirst()
            .orElseThrow(() -> new AssertionError("No renewal started"))
            .getValue()
            .getProcessInstanceKey();
    return new InspectedProcessInstance(key);
  }

  private boolean recertificationTerminated() {
    return StreamSupport.stream(BpmnAssert.getRecordStream().processInstanceRecords().spliterator(), false)
        .anyMatch(
            r ->
                r.getValue().getBpmnProcessId().equals("partner-certification")
                    && r.getValue().getBpmnElementType() == BpmnElementType.PROCESS
                    && r.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED);
  }

  private List<ActivatedJob> waitingJobs(String jobType) {
    return client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(10).send().join().getJobs();
  }
}
