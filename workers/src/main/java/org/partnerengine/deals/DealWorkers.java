package org.partnerengine.deals;

import io.camunda.client.annotation.JobKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.CamundaError;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.partnerengine.messaging.PartnerMessages;
import org.partnerengine.money.FxRates;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service tasks of deal-registration. Each is idempotent: a transition the deal has already
 * made is not made again, and claims and messages have natural keys.
 */
@Component
public class DealWorkers {

  static final String CHECK_CONFLICT = "deals.check-conflict";
  static final String RESOLVE_CONFLICT = "deals.resolve-conflict";
  static final String APPROVE_DEAL = "deals.approve-deal";
  static final String EXTEND_PROTECTION = "deals.extend-protection";
  static final String REFUSE_EXTENSION = "deals.refuse-extension";
  static final String EXPIRE_PROTECTION = "deals.expire-protection";
  static final String RECORD_OUTCOME = "deals.record-outcome";
  static final String APPLY_WON_VERIFICATION = "deals.apply-won-verification";

  static final String DEAL_CONFLICT = "DEAL_CONFLICT";
  static final String DEAL_REJECTED_MESSAGE = "deal-rejected";
  static final String TIER_REVIEW_MESSAGE = "tier-review-requested";

  /** What the model reads after approval or extension: when the protection ends (ISO-8601). */
  public record Protection(String protectedUntil, boolean protectionExtended) {}

  /** What the model reads after the outcome: whether staff must confirm a reported win. */
  public record OutcomeRecorded(boolean wonNeedsVerification) {}

  private final Deals deals;
  private final Partners partners;
  private final PartnerHistory history;
  private final PartnerMessages messages;
  private final DealSettings settings;
  private final FxRates rates;
  private final Clock clock;
  private final TransactionTemplate bindOnItsOwn;

  public DealWorkers(
      Deals deals,
      Partners partners,
      PartnerHistory history,
      PartnerMessages messages,
      DealSettings settings,
      FxRates rates,
      Clock clock,
      TransactionTemplate transaction) {
    this.bindOnItsOwn = new TransactionTemplate(transaction.getTransactionManager());
    this.bindOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.deals = deals;
    this.partners = partners;
    this.history = history;
    this.messages = messages;
    this.settings = settings;
    this.rates = rates;
    this.clock = clock;
  }

  /**
   * The first step binds the deal to its instance, committed on its own: a registration answered
   * before its start was, or started by the sweep, is bound even if this step ends in an incident,
   * so the sweep never starts it a second time.
   */
  private void bindInstance(long dealId, long processInstanceKey) {
    if (processInstanceKey > 0) {
      bindOnItsOwn.executeWithoutResult(status -> deals.attachProcessInstance(dealId, processInstanceKey));
    }
  }

  /**
   * A conflict is a customer owned by direct sales, or a customer another open deal holds. The
   * claim was taken at registration; a deal that did not get it tries once more here, in case the
   * holder has closed since.
   */
  @JobWorker(type = CHECK_CONFLICT)
  @Transactional(noRollbackFor = BpmnError.class)
  public void checkConflict(@Variable long dealId, @ProcessInstanceKey long processInstanceKey) {
    bindInstance(dealId, processInstanceKey);
    Deal deal = deals.require(dealId);
    if (deal.getStatus() != DealStatus.REGISTERED) {
      return;
    }
    Long holder = holderAfterClaiming(deal);
    if (settings.isDirectSales(deal.getCustomerDomain())) {
      deal.recordConflictWith(null, clock.instant());
      throw CamundaError.bpmnError(
          DEAL_CONFLICT, "Customer " + deal.getCustomerDomain() + " is a direct-sales account", Map.of("conflictingDealId", 0));
    }
    if (holder != dealId) {
      deal.recordConflictWith(holder, clock.instant());
      throw CamundaError.bpmnError(
          DEAL_CONFLICT, "Customer " + deal.getCustomerDomain() + " is held by deal " + holder, Map.of("conflictingDealId", holder));
    }
  }

  /**
   * Applies the channel's decision on a conflict. Approving this deal rejects the registration
   * that held the customer, with the reason, and hands the customer over; rejecting it releases
   * whatever it held.
   */
  @JobWorker(type = RESOLVE_CONFLICT)
  @Transactional
  public void resolveConflict(@Variable long dealId, @Variable boolean approved, @Variable String reason) {
    Deal deal = deals.require(dealId);
    if (deal.getStatus() != DealStatus.REGISTERED) {
      return;
    }
    Instant now = clock.instant();
    if (!approved) {
      deal.reject(reason, now);
      deals.releaseCustomer(dealId);
      return;
    }
    Long holder = holderAfterClaiming(deal);
    if (holder != dealId) {
      Deal other = deals.require(holder);
      other.reject("Conflict with deal " + dealId + " resolved in its favour: " + reason, now);
      deals.transferCustomer(deal.getCustomerDomain(), dealId, deal.getPartnerId(), now);
      messages.publish(DEAL_REJECTED_MESSAGE, String.valueOf(holder), "deal-rejected:" + holder, Map.of("reason", "conflict"));
    }
  }

  @JobWorker(type = APPROVE_DEAL)
  @Transactional
  public Protection approve(@Variable long dealId, @Variable String dealProtectionWindow) {
    Deal deal = deals.require(dealId);
    deal.approve(Duration.parse(dealProtectionWindow), clock.instant());
    return new Protection(deal.getProtectedUntil().toString(), deal.isProtectionExtended());
  }

  @JobWorker(type = EXTEND_PROTECTION)
  @Transactional
  public Protection extendProtection(@Variable long dealId, @Variable String dealProtectionExtension) {
    Deal deal = deals.require(dealId);
    deal.extendProtection(Duration.parse(dealProtectionExtension), clock.instant());
    return new Protection(deal.getProtectedUntil().toString(), deal.isProtectionExtended());
  }

  /** A second extension request: recorded in the partner's history, once per request. */
  @JobWorker(type = REFUSE_EXTENSION)
  @Transactional
  public void refuseExtension(@Variable long dealId, @JobKey long jobKey) {
    Deal deal = deals.require(dealId);
    history.recordOnce(
        "deal-" + dealId + ":extension-refused:" + jobKey,
        partners.require(deal.getPartnerId()),
        "DEAL_EXTENSION_REFUSED",
        "system",
        "deal " + dealId + " was extended before; protected until " + deal.getProtectedUntil());
  }

  @JobWorker(type = EXPIRE_PROTECTION)
  @Transactional
  public void expireProtection(@Variable long dealId) {
    Deal deal = deals.require(dealId);
    deal.expire(clock.instant());
    if (!deal.getStatus().isOpen()) {
      deals.releaseCustomer(dealId);
    }
  }

  /**
   * Closes the deal and releases its customer. A win counts (WON) when the CRM or a manager
   * reported it at an amount not far above the registered one; any other win waits for staff
   * (WON_UNVERIFIED). A big counted win asks for a tier review (message id per deal). An instance
   * started before reporters were passed on has none: its win waits for staff too.
   */
  @JobWorker(type = RECORD_OUTCOME)
  @Transactional
  public OutcomeRecorded recordOutcome(
      @Variable long dealId,
      @Variable DealOutcome outcome,
      @Variable(optional = true) BigDecimal amount,
      @Variable(optional = true) OutcomeReporter outcomeReporter) {
    Deal deal = deals.require(dealId);
    OutcomeReporter reporter = outcomeReporter == null ? OutcomeReporter.PARTNER : outcomeReporter;
    boolean vouched = settings.vouchedFor(reporter, deal.getAmount(), amount);
    boolean closedNow = deal.close(outcome, amount, reporter, vouched, clock.instant());
    bookIfWon(deal);
    deals.releaseCustomer(dealId);
    if (closedNow) {
      askForTierReviewIfBig(deal);
    }
    return new OutcomeRecorded(deal.getStatus() == DealStatus.WON_UNVERIFIED);
  }

  /**
   * Applies the channel's check of a reported win: confirmed, it counts (at the amount they
   * confirmed, if they named one); not confirmed, the deal is lost with their comment. Recorded in
   * the partner's history once.
   */
  @JobWorker(type = APPLY_WON_VERIFICATION)
  @Transactional
  public void applyWonVerification(
      @Variable long dealId,
      @Variable(optional = true) Boolean wonConfirmed,
      @Variable(optional = true) String wonVerificationComment,
      @Variable(optional = true) BigDecimal confirmedAmount) {
    Deal deal = deals.require(dealId);
    Instant now = clock.instant();
    String comment = wonVerificationComment == null ? "" : wonVerificationComment.strip();
    boolean confirmed = Boolean.TRUE.equals(wonConfirmed);
    if (confirmed) {
      boolean confirmedNow = deal.confirmWon(confirmedAmount, now);
      bookIfWon(deal);
      if (confirmedNow) {
        askForTierReviewIfBig(deal);
      }
    } else {
      deal.refuseWon("Win not confirmed" + (comment.isEmpty() ? "" : ": " + comment), now);
    }
    history.recordOnce(
        "deal-" + dealId + ":won-verification",
        partners.require(deal.getPartnerId()),
        confirmed ? "DEAL_WON_CONFIRMED" : "DEAL_WON_NOT_CONFIRMED",
        "channel-approvers",
        "deal " + dealId + (confirmed ? " won, " + deal.getOutcomeAmount().toPlainString() + " " + deal.getCurrency() : " lost")
            + (comment.isEmpty() ? "" : ": " + comment));
  }

  /**
   * A verified win keeps its amount in the programme currency at its close date's rate, in the same
   * transaction. Without a rate the job fails (retried, then an incident naming the currency and
   * date) rather than count the win at a guessed rate; importing the rate and retrying books it.
   */
  private void bookIfWon(Deal deal) {
    if (deal.awaitsProgrammeAmount(rates.programmeCurrency())) {
      deal.bookInProgrammeCurrency(rates.toProgramme(deal.wonAmount(), deal.getCurrency(), deal.getClosedOn()));
    }
  }

  // Published before this transaction commits: a redelivery after the commit finds the deal
  // closed and has nothing left to ask; one before it publishes again under the same id.
  private void askForTierReviewIfBig(Deal deal) {
    // Big in the programme currency, as the threshold is: 100 000 JPY is not a big deal.
    if (deal.getStatus() == DealStatus.WON && deal.getProgrammeAmount() != null && settings.isBigDeal(deal.getProgrammeAmount())) {
      messages.publish(
          TIER_REVIEW_MESSAGE,
          String.valueOf(deal.getPartnerId()),
          "tier-review:" + deal.getPartnerId() + ":deal:" + deal.getId(),
          Map.of("partnerId", deal.getPartnerId(), "trigger", "BIG_DEAL_WON"));
    }
  }

  private Long holderAfterClaiming(Deal deal) {
    Optional<Long> holder = deals.customerHolder(deal.getCustomerDomain());
    if (holder.isPresent()) {
      return holder.get();
    }
    deals.claimCustomer(deal.getCustomerDomain(), deal.getId(), deal.getPartnerId(), clock.instant());
    return deals.customerHolder(deal.getCustomerDomain()).orElseThrow();
  }
}
