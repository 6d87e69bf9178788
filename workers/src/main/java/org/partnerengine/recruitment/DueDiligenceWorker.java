package org.partnerengine.recruitment;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.CamundaError;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Due diligence for the recruitment process: a failure is the BPMN error DUE_DILIGENCE_FAILED. */
@Component
public class DueDiligenceWorker {

  static final String JOB_TYPE = "recruitment.check-due-diligence";
  static final String FAILED = "DUE_DILIGENCE_FAILED";

  private final DueDiligence dueDiligence;

  public DueDiligenceWorker(DueDiligence dueDiligence) {
    this.dueDiligence = dueDiligence;
  }

  /** The stored check commits even when the outcome is the BPMN error. */
  @JobWorker(type = JOB_TYPE)
  @Transactional(noRollbackFor = BpmnError.class)
  public void check(@Variable long partnerId) {
    DueDiligenceCheck check = dueDiligence.check(partnerId);
    if (!check.passed()) {
      throw CamundaError.bpmnError(FAILED, check.getReason(), Map.of("rejectionReason", check.getReason()));
    }
  }
}
