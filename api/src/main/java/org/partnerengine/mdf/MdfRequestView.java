package org.partnerengine.mdf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A fund request as its partner sees it. */
record MdfRequestView(
    long mdfRequestId,
    String activity,
    BigDecimal amount,
    LocalDate plannedDate,
    String tier,
    String budgetQuarter,
    MdfStatus status,
    BigDecimal reservedAmount,
    String reason,
    Long processInstanceKey,
    Instant requestedAt) {

  static MdfRequestView of(MdfRequest request) {
    return new MdfRequestView(
        request.getId(),
        request.getActivity(),
        request.getAmount(),
        request.getPlannedDate(),
        request.getTier(),
        request.getBudgetQuarter(),
        request.getStatus(),
        request.getReservedAmount(),
        request.getReason(),
        request.getProcessInstanceKey(),
        request.getRequestedAt());
  }
}
