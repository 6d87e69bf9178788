package org.partnerengine.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A deal as its partner sees it; a win it reported itself shows as WON_UNVERIFIED until confirmed. A
 * verified win shows its amount in the programme currency at the rate of its close date.
 */
record DealView(
    long dealId,
    String customerName,
    String customerDomain,
    BigDecimal amount,
    String currency,
    LocalDate expectedCloseDate,
    DealStatus status,
    Instant protectedUntil,
    boolean protectionExtended,
    BigDecimal outcomeAmount,
    OutcomeReporter outcomeReporter,
    Instant wonVerifiedAt,
    LocalDate closedOn,
    BigDecimal programmeAmount,
    String programmeCurrency,
    BigDecimal fxRate,
    LocalDate fxRateDate,
    String reason,
    Long processInstanceKey,
    Instant registeredAt) {

  static DealView of(Deal deal) {
    return new DealView(
        deal.getId(),
        deal.getCustomerName(),
        deal.getCustomerDomain(),
        deal.getAmount(),
        deal.getCurrency(),
        deal.getExpectedCloseDate(),
        deal.getStatus(),
        deal.getProtectedUntil(),
        deal.isProtectionExtended(),
        deal.getOutcomeAmount(),
        deal.getOutcomeReporter(),
        deal.getWonVerifiedAt(),
        deal.getClosedOn(),
        deal.getProgrammeAmount(),
        deal.getProgrammeCurrency(),
        deal.getFxRate(),
        deal.getFxRateDate(),
        deal.getReason(),
        deal.getProcessInstanceKey(),
        deal.getRegisteredAt());
  }
}
