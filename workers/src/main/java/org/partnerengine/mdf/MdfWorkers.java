package org.partnerengine.mdf;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import org.partnerengine.messaging.PartnerMessages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The service tasks of mdf-request: adapters over {@link MdfFunds}, each idempotent per request. */
@Component
public class MdfWorkers {

  static final String RESERVE_BUDGET = "mdf.reserve-budget";
  static final String REJECT_REQUEST = "mdf.reject-request";
  static final String RELEASE_RESERVATION = "mdf.release-reservation";
  static final String RECORD_PAYOUT = "mdf.record-payout";
  static final String BUDGET_EXCEEDED = "BUDGET_EXCEEDED";

  static final String DECIDED_MESSAGE = "mdf-request-decided";

  private final MdfFunds funds;
  private final MdfRequestRepository requests;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final PartnerMessages messages;

  public MdfWorkers(MdfFunds funds, MdfRequestRepository requests, Clock clock, ApplicationEventPublisher events, PartnerMessages messages) {
    this.funds = funds;
    this.requests = requests;
    this.clock = clock;
    this.events = events;
    this.messages = messages;
  }

  @JobWorker(type = RESERVE_BUDGET)
  public void reserve(@Variable long mdfRequestId) {
    if (funds.reserve(mdfRequestId) == MdfFunds.Reservation.BUDGET_EXCEEDED) {
      MdfRequest request = requests.require(mdfRequestId);
      throw CamundaError.bpmnError(
          BUDGET_EXCEEDED,
          "The " + request.getTier() + " budget for " + request.getBudgetQuarter() + " has less than " + request.budgetAmount().toPlainString()
              + (request.getProgrammeCurrency() == null ? "" : " " + request.getProgrammeCurrency()) + " left",
          Map.of("rejectionReason", "BUDGET_EXCEEDED"));
    }
    decided(mdfRequestId, true);
  }

  /**
   * Ends a request that an approver or the budget turned down. The reason is the budget's, or the
   * approval step and the approver's comment.
   */
  @JobWorker(type = REJECT_REQUEST)
  @Transactional
  public void reject(
      @Variable long mdfRequestId,
      @Variable(optional = true) String rejectionReason,
      @Variable(optional = true) String approvalStep,
      @Variable(optional = true) String comment) {
    String reason =
        rejectionReason != null
            ? rejectionReason
            : "Rejected by " + (approvalStep == null ? "an approver" : approvalStep) + (comment == null || comment.isBlank() ? "" : ": " + comment);
    requests.require(mdfRequestId).reject(reason, clock.instant());
    decided(mdfRequestId, false);
  }

  /**
   * Tells a campaign that asked for these funds how its request ended. The campaign's record is
   * updated first; the message id makes a redelivered job's second message a no-op.
   */
  private void decided(long mdfRequestId, boolean reserved) {
    Long participationId = requests.require(mdfRequestId).getCampaignParticipationId();
    if (participationId != null) {
      events.publishEvent(new MdfRequestDecided(mdfRequestId, participationId, reserved));
      messages.publish(DECIDED_MESSAGE, String.valueOf(mdfRequestId), DECIDED_MESSAGE + ":" + mdfRequestId, Map.of("fundsReserved", reserved));
    }
  }

  @JobWorker(type = RELEASE_RESERVATION)
  public void release(@Variable long mdfRequestId, @Variable(optional = true) Boolean verified) {
    funds.release(mdfRequestId, verified == null ? "No claim before the deadline" : "Claim not verified");
  }

  @JobWorker(type = RECORD_PAYOUT)
  public Map<String, Object> recordPayout(@Variable long mdfRequestId, @Variable BigDecimal amountApproved) {
    return Map.of("payoutAmount", funds.pay(mdfRequestId, amountApproved).getAmount());
  }
}
