package org.partnerengine.offboarding;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** Releases the partner's protected deals. */
@Component
public class ReleaseDealsWorker {

  static final String JOB_TYPE = "offboarding.release-deals";

  private final Offboarding offboarding;

  public ReleaseDealsWorker(Offboarding offboarding) {
    this.offboarding = offboarding;
  }

  @JobWorker(type = JOB_TYPE)
  public void releaseDeals(@Variable long partnerId, @Variable String reason) {
    offboarding.releaseDeals(partnerId, reason);
  }
}
