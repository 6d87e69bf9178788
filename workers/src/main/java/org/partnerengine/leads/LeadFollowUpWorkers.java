package org.partnerengine.leads;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Clock;
import java.util.Map;
import org.partnerengine.notification.NotificationOutbox;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a partner accepted a lead: a reminder when it goes quiet, and taking the lead back when it
 * stays quiet. Each is once per quiet spell: a redelivered job finds its reminder enqueued or its
 * lead taken back.
 */
@Component
public class LeadFollowUpWorkers {

  static final String REMIND_STATUS = "leads.remind-status";
  static final String RECLAIM = "leads.reclaim";
  static final String REMINDER_TEMPLATE = "lead-status-reminder";

  /** Whether the lead went back to routing (false: a deal or a loss came first). */
  public record Reclaimed(boolean leadReclaimed) {}

  private final Leads leads;
  private final LeadOffers offers;
  private final Partners partners;
  private final PartnerHistory history;
  private final NotificationOutbox outbox;
  private final Clock clock;

  public LeadFollowUpWorkers(
      Leads leads, LeadOffers offers, Partners partners, PartnerHistory history, NotificationOutbox outbox, Clock clock) {
    this.leads = leads;
    this.offers = offers;
    this.partners = partners;
    this.history = history;
    this.outbox = outbox;
    this.clock = clock;
  }

  @JobWorker(type = REMIND_STATUS)
  @Transactional
  public void remind(@Variable long leadId) {
    Lead lead = leads.require(leadId);
    if (lead.getStatus() != LeadStatus.ACCEPTED || lead.getPartnerId() == null) {
      return;
    }
    // One reminder per quiet spell: since the acceptance, or since the last status update.
    String spell = lead.getStatusUpdatedAt() == null ? "accepted" : String.valueOf(lead.getStatusUpdatedAt().toEpochMilli());
    outbox.enqueue(
        lead.getPartnerId(), REMINDER_TEMPLATE, "lead-" + leadId + ":status-reminder:" + spell,
        Map.of("leadCompany", lead.getCompanyName()));
  }

  @JobWorker(type = RECLAIM)
  @Transactional
  public Reclaimed reclaim(@Variable long leadId, @Variable long offerId) {
    LeadOffer offer = offers.findById(offerId).orElseThrow();
    if (offer.getStatus() == OfferStatus.RECLAIMED) {
      return new Reclaimed(true);
    }
    Lead lead = leads.require(leadId);
    if (lead.getStatus() != LeadStatus.ACCEPTED) {
      return new Reclaimed(false);
    }
    offer.reclaim(clock.instant());
    lead.reclaim(clock.instant());
    history.recordOnce(
        "lead-" + leadId + ":reclaimed:" + offerId, partners.require(offer.getPartnerId()), "LEAD_RECLAIMED", "system",
        "lead " + leadId + " taken back after no news");
    return new Reclaimed(true);
  }
}
