package org.partnerengine.offboarding;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** Cancels the partner's open MDF reservations. */
@Component
public class CancelMdfReservationsWorker {

  static final String JOB_TYPE = "offboarding.cancel-mdf-reservations";

  private final Offboarding offboarding;

  public CancelMdfReservationsWorker(Offboarding offboarding) {
    this.offboarding = offboarding;
  }

  @JobWorker(type = JOB_TYPE)
  public void cancelMdfReservations(@Variable long partnerId, @Variable String reason) {
    offboarding.cancelMdfReservations(partnerId, reason);
  }
}
