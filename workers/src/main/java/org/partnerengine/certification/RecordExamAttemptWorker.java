package org.partnerengine.certification;

import io.camunda.client.annotation.ElementInstanceKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Records one exam result against the catalogue's pass mark, or for an exam the catalogue lacks the
 * one the exam-pass-mark decision gave. The step's element instance is the attempt's key: a
 * redelivered job finds the attempt it recorded.
 */
@Component
public class RecordExamAttemptWorker {

  static final String JOB_TYPE = "certification.record-exam-attempt";

  private final Certification certification;
  private final CertificationSettings settings;

  public RecordExamAttemptWorker(Certification certification, CertificationSettings settings) {
    this.certification = certification;
    this.settings = settings;
  }

  @JobWorker(type = JOB_TYPE)
  public ExamOutcome record(
      @Variable long partnerId,
      @Variable String examId,
      @Variable BigDecimal score,
      @Variable BigDecimal passMark,
      @Variable(optional = true) Integer certificationCycle,
      @Variable(optional = true) Integer maxExamAttempts,
      @ElementInstanceKey long elementInstanceKey) {
    return certification.recordAttempt(
        partnerId,
        examId,
        CertificationCycle.orFirst(certificationCycle),
        score,
        passMark,
        maxExamAttempts == null ? settings.maxExamAttempts() : maxExamAttempts,
        elementInstanceKey);
  }
}
