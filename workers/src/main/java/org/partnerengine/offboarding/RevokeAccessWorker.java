package org.partnerengine.offboarding;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** Revokes the partner's portal access. */
@Component
public class RevokeAccessWorker {

  static final String JOB_TYPE = "offboarding.revoke-access";

  private final Offboarding offboarding;

  public RevokeAccessWorker(Offboarding offboarding) {
    this.offboarding = offboarding;
  }

  @JobWorker(type = JOB_TYPE)
  public void revokeAccess(@Variable long partnerId) {
    offboarding.revokeAccess(partnerId);
  }
}
