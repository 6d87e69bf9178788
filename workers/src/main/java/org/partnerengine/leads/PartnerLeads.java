package org.partnerengine.leads;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerengine.messaging.PartnerMessages;
import org.partnerengine.partner.Partners;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner's side of lead routing: the leads offered to it, opening one (recorded), and its
 * answer. A partner reaches only a lead offered to it: any other is not found. An answer goes to
 * the lead's process as a message keyed by the offer; accept and decline share one message id per
 * offer, so the first answer is the only one the process sees, and a window that closed first wins.
 */
@Service
public class PartnerLeads {

  static final String ACCEPTED_MESSAGE = "lead-offer-accepted";
  static final String DECLINED_MESSAGE = "lead-offer-declined";

  private final LeadOffers offers;
  private final Leads leads;
  private final Partners partners;
  private final PartnerMessages messages;
  private final Clock clock;

  public PartnerLeads(LeadOffers offers, Leads leads, Partners partners, PartnerMessages messages, Clock clock) {
    this.offers = offers;
    this.leads = leads;
    this.partners = partners;
    this.messages = messages;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Page<OfferedLead> offeredTo(long partnerId, Pageable page) {
    partners.require(partnerId);
    Page<LeadOffer> found = offers.findByPartnerIdOrderByIdDesc(partnerId, page);
    Set<Long> ids = found.stream().map(LeadOffer::getLeadId).collect(Collectors.toSet());
    Map<Long, Lead> byId = leads.findAllById(ids).stream().collect(Collectors.toMap(Lead::getId, Function.identity()));
    return found.map(offer -> OfferedLead.of(offer, byId.get(offer.getLeadId())));
  }

  /**
   * Opens the lead's details for the partner it is offered to, that accepted it, or that it was
   * assigned to; the first opening is recorded.
   */
  @Transactional
  public OfferedLead open(long leadId, long partnerId) {
    LeadOffer offer = liveOffer(leadId, partnerId).orElseThrow(() -> new LeadNotFound(leadId));
    offer.open(clock.instant());
    return OfferedLead.of(offer, leads.require(leadId));
  }

  public void accept(long leadId, long partnerId) {
    LeadOffer offer = openOffer(leadId, partnerId);
    messages.publish(ACCEPTED_MESSAGE, String.valueOf(offer.getId()), answerId(offer), Map.of());
  }

  public void decline(long leadId, long partnerId, DeclineReason reason) {
    LeadOffer offer = openOffer(leadId, partnerId);
    messages.publish(DECLINED_MESSAGE, String.valueOf(offer.getId()), answerId(offer), Map.of("declineReason", reason.name()));
  }

  private LeadOffer openOffer(long leadId, long partnerId) {
    return offers
        .findFirstByLeadIdAndStatus(leadId, OfferStatus.OPEN)
        .filter(o -> o.getPartnerId() == partnerId)
        .orElseThrow(() -> new LeadNotFound(leadId));
  }

  /** The partner's open or accepted offer of the lead (an assignment included), if any. */
  private java.util.Optional<LeadOffer> liveOffer(long leadId, long partnerId) {
    List<LeadOffer> all = offers.findByLeadIdOrderByRound(leadId);
    return all.stream()
        .filter(o -> o.getPartnerId() == partnerId)
        .filter(o -> o.getStatus() == OfferStatus.OPEN || o.getStatus() == OfferStatus.ACCEPTED)
        .max(Comparator.comparing(LeadOffer::getOfferedAt));
  }

  private static String answerId(LeadOffer offer) {
    return "lead-offer-answer:" + offer.getId();
  }
}
