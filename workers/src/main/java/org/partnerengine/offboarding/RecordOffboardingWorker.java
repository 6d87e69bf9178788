package org.partnerengine.offboarding;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** Records the reason and moves the partner to OFFBOARDED. */
@Component
public class RecordOffboardingWorker {

  static final String JOB_TYPE = "offboarding.record-offboarding";

  private final Offboarding offboarding;

  public RecordOffboardingWorker(Offboarding offboarding) {
    this.offboarding = offboarding;
  }

  @JobWorker(type = JOB_TYPE)
  public void recordOffboarding(@Variable long partnerId, @Variable String reason) {
    offboarding.record(partnerId, reason);
  }
}
