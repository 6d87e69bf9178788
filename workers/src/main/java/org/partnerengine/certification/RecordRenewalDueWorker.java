package org.partnerengine.certification;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** Notes in the partner's history that a certificate is due for renewal, once per certificate. */
@Component
public class RecordRenewalDueWorker {

  static final String JOB_TYPE = "certification.record-renewal-due";

  private final Certification certification;

  public RecordRenewalDueWorker(Certification certification) {
    this.certification = certification;
  }

  @JobWorker(type = JOB_TYPE)
  public void recordRenewalDue(@Variable long partnerId, @Variable long certificateId) {
    certification.markRenewalDue(partnerId, certificateId);
  }
}
