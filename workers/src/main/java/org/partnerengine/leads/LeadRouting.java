package org.partnerengine.leads;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a lead was routed, for partner managers: the rule of engagement that fired, each round's
 * candidates with their weights and the partners left out with the reason, and each offer with its
 * outcome.
 */
@Service
public class LeadRouting {

  public record Explanation(
      long leadId, LeadStatus status, String rule, Long partnerId, Long processInstanceKey, Instant receivedAt, List<Round> rounds) {}

  public record Round(int round, List<Considered> candidates, Offer offer) {}

  public record Considered(
      long partnerId,
      String tier,
      Integer specialisationCount,
      BigDecimal acceptanceRate,
      String distanceBand,
      BigDecimal winRate,
      BigDecimal weight,
      String excludedReason) {}

  public record Offer(
      long offerId,
      long partnerId,
      boolean assigned,
      BigDecimal weight,
      OfferStatus status,
      DeclineReason declineReason,
      Instant offeredAt,
      Instant expiresAt,
      Instant openedAt,
      Instant decidedAt) {}

  private final Leads leads;
  private final LeadCandidates candidates;
  private final LeadOffers offers;

  public LeadRouting(Leads leads, LeadCandidates candidates, LeadOffers offers) {
    this.leads = leads;
    this.candidates = candidates;
    this.offers = offers;
  }

  /** A lead in the managers' list: who, what, where it stands, not the contact. */
  public record Summary(
      long leadId, String companyName, String domain, String country, String productInterest, String source, LeadStatus status,
      String rule, Long partnerId, Instant receivedAt) {}

  /** The leads, newest first, of one status or all. */
  @Transactional(readOnly = true)
  public Page<Summary> list(LeadStatus status, Pageable page) {
    var found = status == null ? leads.findAllByOrderByIdDesc(page) : leads.findByStatusOrderByIdDesc(status, page);
    return found.map(
        l -> new Summary(l.getId(), l.getCompanyName(), l.getDomain(), l.getCountry(), l.getProduct(), l.getSource(), l.getStatus(),
            l.getRoutingRule(), l.getPartnerId(), l.getReceivedAt()));
  }

  @Transactional(readOnly = true)
  public Explanation explain(long leadId) {
    Lead lead = leads.require(leadId);
    Map<Integer, List<Considered>> byRound = new TreeMap<>();
    for (LeadCandidate c : candidates.findByLeadIdOrderByRoundAscPartnerIdAsc(leadId)) {
      byRound
          .computeIfAbsent(c.getRound(), r -> new ArrayList<>())
          .add(new Considered(
              c.getPartnerId(), c.getTier(), c.getSpecialisationCount(), c.getAcceptanceRate(), c.getDistanceBand(), c.getWinRate(),
              c.getWeight(), c.getExcludedReason()));
    }
    Map<Integer, Offer> offerByRound = new TreeMap<>();
    for (LeadOffer o : offers.findByLeadIdOrderByRound(leadId)) {
      offerByRound.put(
          o.getRound(),
          new Offer(o.getId(), o.getPartnerId(), o.isAssigned(), o.getWeight(), o.getStatus(), o.getDeclineReason(), o.getOfferedAt(), o.getExpiresAt(),
              o.getOpenedAt(), o.getDecidedAt()));
      byRound.computeIfAbsent(o.getRound(), r -> new ArrayList<>());
    }
    List<Round> rounds =
        byRound.entrySet().stream().map(e -> new Round(e.getKey(), List.copyOf(e.getValue()), offerByRound.get(e.getKey()))).toList();
    return new Explanation(
        leadId, lead.getStatus(), lead.getRoutingRule(), lead.getPartnerId(), lead.getProcessInstanceKey(), lead.getReceivedAt(), rounds);
  }
}
