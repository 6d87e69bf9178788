package org.partnerengine.leads;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.time.LocalDate;
import java.util.Optional;
import org.partnerengine.deals.DealReceipt;
import org.partnerengine.deals.DealRegistration;
import org.partnerengine.deals.DealRegistrations;
import org.partnerengine.deals.Deals;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.messaging.PartnerMessages;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a partner does with a lead it took: registers the customer as a deal, or closes it as lost.
 * A lead converts into a deal that never conflicts with the partner itself: a customer the
 * partner holds already (its protected registration sent the lead there) links to that deal
 * instead of registering a second one. The lead is marked first, so a second conversion at the
 * same moment finds it converted and registers nothing.
 */
@Service
public class LeadConversions {

  private static final Logger log = LoggerFactory.getLogger(LeadConversions.class);
  static final String OUTCOME_MESSAGE = "lead-outcome";
  static final String STATUS_MESSAGE = "lead-status-updated";

  /** The terms the partner gives the deal; the customer comes from the lead. */
  public record DealTerms(BigDecimal amount, String currency, LocalDate expectedCloseDate) {}

  public record Conversion(long leadId, long dealId, boolean registered) {}

  private final Leads leads;
  private final Deals deals;
  private final DealRegistrations registrations;
  private final Partners partners;
  private final PartnerHistory history;
  private final PartnerMessages messages;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public LeadConversions(
      Leads leads,
      Deals deals,
      DealRegistrations registrations,
      Partners partners,
      PartnerHistory history,
      PartnerMessages messages,
      TransactionTemplate transaction,
      Clock clock) {
    this.leads = leads;
    this.deals = deals;
    this.registrations = registrations;
    this.partners = partners;
    this.history = history;
    this.messages = messages;
    this.transaction = transaction;
    this.clock = clock;
  }

  public Conversion convert(long leadId, long partnerId, DealTerms terms) {
    LeadStatus before = transaction.execute(status -> {
      Lead lead = leads.require(leadId);
      LeadStatus was = lead.getStatus();
      lead.convert(partnerId, clock.instant());
      leads.saveAndFlush(lead);
      return was;
    });
    Lead lead = transaction.execute(status -> leads.require(leadId));
    Optional<Long> held = deals.customerHolderPartner(lead.getDomain()).filter(holder -> holder == partnerId)
        .flatMap(own -> deals.customerHolder(lead.getDomain()));
    long dealId;
    boolean registered;
    if (held.isPresent()) {
      dealId = held.get();
      registered = false;
    } else {
      DealReceipt receipt;
      try {
        receipt = registrations.register(
            partnerId,
            new DealRegistration(lead.getCompanyName(), lead.getDomain(), terms.amount(), terms.currency(), terms.expectedCloseDate()));
      } catch (RuntimeException refused) {
        // Nothing was registered (the engine did not take it, or the partner may not register):
        // the lead is the partner's to convert again.
        transaction.executeWithoutResult(status -> leads.require(leadId).undoConversion(before, clock.instant()));
        throw refused;
      }
      dealId = receipt.dealId();
      registered = true;
    }
    transaction.executeWithoutResult(status -> {
      Lead converted = leads.require(leadId);
      converted.linkDeal(dealId);
      Partner partner = partners.require(partnerId);
      history.recordOnce("lead-" + leadId + ":converted", partner, "LEAD_CONVERTED", "partner", "lead " + leadId + " -> deal " + dealId);
    });
    outcomeReached(leadId);
    return new Conversion(leadId, dealId, registered);
  }

  public void closeLost(long leadId, long partnerId, LostReason reason) {
    transaction.executeWithoutResult(status -> {
      Lead lead = leads.require(leadId);
      lead.closeLost(partnerId, reason, clock.instant());
      history.recordOnce("lead-" + leadId + ":lost", partners.require(partnerId), "LEAD_LOST", "partner", "lead " + leadId + ": " + reason);
    });
    outcomeReached(leadId);
  }

  /**
   * The partner says where a lead it took stands: the lead's reminder and reclaim clocks start
   * again. Told to the process first: if the engine does not take it, nothing is recorded (503).
   */
  public void updateStatus(long leadId, long partnerId, String note) {
    Instant at = clock.instant();
    transaction.executeWithoutResult(status -> leads.require(leadId).statusUpdated(partnerId, at));
    messages.publish(STATUS_MESSAGE, String.valueOf(leadId), STATUS_MESSAGE + ":" + leadId + ":" + at.toEpochMilli(), Map.of());
    transaction.executeWithoutResult(status ->
        history.recordOnce("lead-" + leadId + ":status:" + at.toEpochMilli(), partners.require(partnerId), "LEAD_STATUS_UPDATED", "partner", note.strip()));
  }

  /**
   * Ends the lead's wait for its outcome. The lead is converted or lost already; if the engine
   * misses this, the reclaim timer finds it so and ends the wait then.
   */
  private void outcomeReached(long leadId) {
    try {
      messages.publish(OUTCOME_MESSAGE, String.valueOf(leadId), OUTCOME_MESSAGE + ":" + leadId, Map.of());
    } catch (EngineUnavailable e) {
      log.warn("Lead {} is closed; its process learns it when its reclaim timer fires: {}", leadId, e.getMessage());
    }
  }
}
