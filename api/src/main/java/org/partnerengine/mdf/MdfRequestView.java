package org.partnerengine.mdf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A fund request as its partner sees it: its amount in its currency, and what it draws on the budget
 * in the programme currency at the rate of the day it was requested.
 */
record MdfRequestView(
    long mdfRequestId,
    String activity,
    BigDecimal amount,
    String currency,
    BigDecimal programmeAmount,
    String programmeCurrency,
    BigDecimal fxRate,
    LocalDate fxRateDate,
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
        request.getCurrency(),
        request.getProgrammeAmount(),
        request.getProgrammeCurrency(),
        request.getFxRate(),
        request.getFxRateDate(),
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
