package org.partnerengine.cosell;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.partnerengine.deals.Deal;

/** A co-sell request with the deal it is about: what direct sales reads with its task. */
record CoSellRequestView(
    long id,
    long dealId,
    long partnerId,
    String customerName,
    BigDecimal amount,
    String currency,
    CoSellHelp help,
    String details,
    LocalDate neededBy,
    String directSalesGroup,
    CoSellStatus status,
    boolean overdue,
    String requestedBy,
    Instant requestedAt,
    String answeredBy,
    Instant answeredAt,
    String answerNote) {

  static CoSellRequestView of(CoSellRequest request, Deal deal) {
    return new CoSellRequestView(
        request.getId(),
        request.getDealId(),
        request.getPartnerId(),
        deal.getCustomerName(),
        deal.getAmount(),
        deal.getCurrency(),
        request.getHelp(),
        request.getDetails(),
        request.getNeededBy(),
        request.getDirectSalesGroup(),
        request.getStatus(),
        request.getOverdueAt() != null,
        request.getRequestedBy(),
        request.getRequestedAt(),
        request.getAnsweredBy(),
        request.getAnsweredAt(),
        request.getAnswerNote());
  }
}
