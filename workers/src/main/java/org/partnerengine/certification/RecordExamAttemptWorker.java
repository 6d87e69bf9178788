package org.partnerengine.certification;

import io.camunda.client.annotation.ElementInstanceKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Records one exam result against the pass mark the exam-pass-mark decision gave. The step's
 * element instance is the attempt's key: a redelivered job finds the attempt it recorded.
 */
@Component
public class RecordExamAttemptWorker {

  static final String JOB_TYPE = "certification.record-exam-attempt";

  private final Certification certification;

  public RecordExamAttemptWorker(Certification certification) {
    this.certification = certification;
  }

  @JobWorker(type = JOB_TYPE)
  public ExamOutcome record(
      @Variable long partnerId,
      @Variable String examId,
      @Variable BigDecimal score,
      @Variable BigDecimal passMark,
      @Variable(optional = true) Integer certificationCycle,
      @ElementInstanceKey long elementInstanceKey) {
    return certification.recordAttempt(
        partnerId, examId, CertificationCycle.orFirst(certificationCycle), score, passMark, elementInstanceKey);
  }
}
