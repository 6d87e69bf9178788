package org.partnerengine.mdf;

import java.util.EnumSet;
import org.partnerengine.offboarding.MdfReservations;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Offboarding's cancellation of a partner's fund reservations: every reservation that still holds
 * budget goes back to it. The request processes then find the reservation released when their
 * claim deadline passes. Calling it again releases nothing twice.
 */
@Component
public class OffboardedPartnerReservations implements MdfReservations {

  private static final EnumSet<MdfStatus> HOLDING_BUDGET = EnumSet.of(MdfStatus.RESERVED, MdfStatus.CLAIMED);

  private final MdfRequestRepository requests;
  private final MdfFunds funds;

  public OffboardedPartnerReservations(MdfRequestRepository requests, MdfFunds funds) {
    this.requests = requests;
    this.funds = funds;
  }

  @Override
  public void cancelOpenReservations(long partnerId, String reason) {
    requests.findByPartnerIdOrderByIdDesc(partnerId, Pageable.unpaged()).stream()
        .filter(request -> HOLDING_BUDGET.contains(request.getStatus()))
        .forEach(request -> funds.release(request.getId(), "Partner offboarded: " + reason));
  }
}
