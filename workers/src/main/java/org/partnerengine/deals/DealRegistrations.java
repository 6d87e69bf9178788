package org.partnerengine.deals;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.partnerengine.engine.AcceptedStarts;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.messaging.PartnerMessages;
import org.partnerengine.money.MoneySettings;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers deals and takes the partner's reports on them.
 *
 * <p>The deal and its customer claim are committed in one transaction before the process starts:
 * the first of two concurrent registrations for a customer holds the claim, the second finds it
 * and its conflict check fails. If the engine refuses the start, deal and claim are removed again;
 * a start still under way at the answer keeps them (see {@link AcceptedStarts}, {@link OrphanDeals}).
 * A partner holds at most {@code max-open-registrations} open deals: the registrations of one
 * partner are serialised on its row, so concurrent ones cannot pass the cap together.
 */
@Service
public class DealRegistrations {

  static final String OUTCOME_MESSAGE = "deal-outcome";
  static final String EXTENSION_MESSAGE = "deal-protection-extension";
  static final String OUTCOME_REPORTED = "DEAL_OUTCOME_REPORTED";

  private final Deals deals;
  private final Partners partners;
  private final DealProcess process;
  private final PartnerMessages messages;
  private final PartnerHistory history;
  private final DealSettings settings;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final AcceptedStarts starts;
  private final MoneySettings money;

  public DealRegistrations(
      Deals deals,
      Partners partners,
      DealProcess process,
      PartnerMessages messages,
      PartnerHistory history,
      DealSettings settings,
      TransactionTemplate transaction,
      Clock clock,
      AcceptedStarts starts,
      MoneySettings money) {
    this.starts = starts;
    this.money = money;
    this.deals = deals;
    this.partners = partners;
    this.process = process;
    this.messages = messages;
    this.history = history;
    this.settings = settings;
    this.transaction = transaction;
    this.clock = clock;
  }

  public DealReceipt register(long partnerId, DealRegistration registration) {
    long dealId = transaction.execute(status -> store(partnerId, registration));
    OptionalLong started;
    try {
      started = starts.await("deal " + dealId, process.startAsync(dealId, partnerId), key -> attach(dealId, key));
    } catch (EngineUnavailable refused) {
      transaction.executeWithoutResult(status -> withdraw(dealId));
      throw refused;
    }
    return transaction.execute(
        status -> {
          started.ifPresent(key -> deals.attachProcessInstance(dealId, key));
          Deal deal = deals.require(dealId);
          return new DealReceipt(dealId, deal.getProcessInstanceKey(), deal.getStatus());
        });
  }

  private void attach(long dealId, long processInstanceKey) {
    transaction.executeWithoutResult(status -> deals.attachProcessInstance(dealId, processInstanceKey));
  }

  public List<Deal> list(long partnerId, Pageable page) {
    partners.require(partnerId);
    return deals.findByPartnerIdOrderByIdDesc(partnerId, page);
  }

  /**
   * Reports won or lost; one outcome per deal, a repeated report is a no-op. Who reported it
   * travels with the outcome: a partner's own win waits for staff to confirm it (see
   * {@link DealSettings#vouchedFor}). The report is recorded in the partner's history with the actor.
   */
  public void reportOutcome(long dealId, DealOutcome outcome, BigDecimal amount, OutcomeReporter reporter, String actor) {
    Deal deal = requireOpen(dealId);
    Map<String, Object> variables = new HashMap<>();
    variables.put("outcome", outcome.name());
    variables.put("outcomeReporter", reporter.name());
    if (amount != null) {
      variables.put("amount", amount);
    }
    String messageId = "deal-outcome:" + dealId;
    if (history.isRecorded(messageId)) {
      return; // reported before: the first report stands
    }
    messages.publish(OUTCOME_MESSAGE, String.valueOf(deal.getId()), messageId, variables);
    BigDecimal reported = amount == null ? deal.getAmount() : amount;
    transaction.executeWithoutResult(
        status ->
            history.recordOnce(
                messageId,
                partners.require(deal.getPartnerId()),
                OUTCOME_REPORTED,
                actor,
                "Deal " + dealId + " " + outcome + " (" + reported.toPlainString() + " " + deal.getCurrency() + ")"
                    + (outcome == DealOutcome.WON && !reporter.vouches() ? ", to be confirmed" : "")));
  }

  /**
   * Asks for the one extension of the protection. Every request reaches the process, which grants
   * the first and records any later one as refused.
   */
  public void requestExtension(long dealId) {
    Deal deal = requireOpen(dealId);
    messages.publish(
        EXTENSION_MESSAGE,
        String.valueOf(deal.getId()),
        "deal-extension:" + dealId + ":" + clock.millis(),
        Map.of());
  }

  private Deal requireOpen(long dealId) {
    Deal deal = transaction.execute(status -> deals.require(dealId));
    if (!deal.getStatus().isOpen()) {
      throw new DealNotOpen(dealId, deal.getStatus());
    }
    return deal;
  }

  private long store(long partnerId, DealRegistration registration) {
    partners.requireForUpdate(partnerId).requireActive();
    if (deals.countOpen(partnerId) >= settings.maxOpenRegistrations()) {
      throw new TooManyOpenDeals(partnerId, settings.maxOpenRegistrations());
    }
    String domain = CustomerDomain.of(registration.customerDomain());
    Deal deal =
        deals.saveAndFlush(
            new Deal(
                partnerId,
                registration.customerName().strip(),
                domain,
                registration.amount(),
                registration.currency() == null ? money.programmeCurrency() : registration.currency(),
                registration.expectedCloseDate(),
                clock.instant()));
    deals.claimCustomer(domain, deal.getId(), partnerId, clock.instant());
    return deal.getId();
  }

  private void withdraw(long dealId) {
    deals.releaseCustomer(dealId);
    deals.deleteById(dealId);
  }
}
