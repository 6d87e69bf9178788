package org.partnerengine.leads;

import java.time.Instant;

/**
 * A lead as the partner it was offered to sees it. Who the customer is (company, domain, postcode,
 * contact) shows once the partner opened the offer, and only while the offer is open or accepted:
 * before, the partner sees the country, product and source to decide whether to open it. An
 * assigned lead (the customer's partner, or triage) is accepted from the start.
 */
public record OfferedLead(
    long leadId,
    long offerId,
    int round,
    OfferStatus offerStatus,
    boolean assigned,
    Instant offeredAt,
    Instant expiresAt,
    Instant openedAt,
    String country,
    String productInterest,
    String source,
    String campaign,
    boolean masked,
    String companyName,
    String domain,
    String postcode,
    String contactName,
    String contactEmail,
    LeadStatus leadStatus,
    Long dealId) {

  static OfferedLead of(LeadOffer offer, Lead lead) {
    boolean visible =
        offer.getOpenedAt() != null && (offer.getStatus() == OfferStatus.OPEN || offer.getStatus() == OfferStatus.ACCEPTED);
    return new OfferedLead(
        lead.getId(),
        offer.getId(),
        offer.getRound(),
        offer.getStatus(),
        offer.isAssigned(),
        offer.getOfferedAt(),
        offer.getExpiresAt(),
        offer.getOpenedAt(),
        lead.getCountry(),
        lead.getProduct(),
        lead.getSource(),
        lead.getCampaign(),
        !visible,
        visible ? lead.getCompanyName() : null,
        visible ? lead.getDomain() : null,
        visible ? lead.getPostcode() : null,
        visible ? lead.getContactName() : null,
        visible ? lead.getContactEmail() : null,
        // What became of the lead matters to the partner that took it, not to one it passed by.
        offer.getStatus() == OfferStatus.ACCEPTED ? lead.getStatus() : null,
        offer.getStatus() == OfferStatus.ACCEPTED ? lead.getDealId() : null);
  }
}
