package org.partnerengine.leads;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnerengine.deals.DealSettings;
import org.partnerengine.deals.Deals;
import org.partnerengine.partner.Partners;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service tasks of lead-distribution. Each is idempotent: the lead and its offers refuse a
 * transition made already, candidates and offers have the round as their natural key, and a
 * redelivered pick finds the round's offer and answers it again.
 */
@Component
public class LeadWorkers {

  static final String GATHER_ENGAGEMENT_FACTS = "leads.gather-engagement-facts";
  static final String HAND_TO_DIRECT_SALES = "leads.hand-to-direct-sales";
  static final String ASSIGN_TO_OWNER = "leads.assign-to-owner";
  static final String FIND_CANDIDATES = "leads.find-candidates";
  static final String PICK_PARTNER = "leads.pick-partner";
  static final String RECORD_ACCEPTANCE = "leads.record-acceptance";
  static final String RECORD_DECLINE = "leads.record-decline";
  static final String EXPIRE_OFFER = "leads.expire-offer";
  static final String AWAIT_TRIAGE = "leads.await-triage";
  static final String APPLY_TRIAGE = "leads.apply-triage";

  /**
   * What the rules of engagement read: whether direct sales owns the customer, the partner holding
   * a protected registration for it, and the partner that last won a deal with it.
   */
  public record EngagementFacts(boolean directSalesDomain, Long protectedPartnerId, Long incumbentPartnerId) {}

  /** A round's candidates for the weighing rules, and how many there are. */
  public record CandidatesFound(List<CandidateRules.Candidate> candidates, int candidateCount) {}

  /** The offer a pick made: its key for the answer messages, the partner, and the offers made so far. */
  public record OfferMade(long offerId, String offerKey, long offeredPartnerId, int offersMade) {}

  private final Leads leads;
  private final LeadOffers offers;
  private final LeadCandidates candidates;
  private final Standings standings;
  private final Deals deals;
  private final DealSettings dealSettings;
  private final Partners partners;
  private final Competitors competitors;
  private final Clock clock;
  private final TransactionTemplate bindOnItsOwn;

  public LeadWorkers(
      Leads leads,
      LeadOffers offers,
      LeadCandidates candidates,
      Standings standings,
      Deals deals,
      DealSettings dealSettings,
      Partners partners,
      Competitors competitors,
      Clock clock,
      TransactionTemplate transaction) {
    this.leads = leads;
    this.offers = offers;
    this.candidates = candidates;
    this.standings = standings;
    this.deals = deals;
    this.dealSettings = dealSettings;
    this.partners = partners;
    this.competitors = competitors;
    this.clock = clock;
    this.bindOnItsOwn = new TransactionTemplate(transaction.getTransactionManager());
    this.bindOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The first step binds the lead to its instance, committed on its own, so the sweep never starts
   * a second one; then reads the facts the rules of engagement decide on.
   */
  @JobWorker(type = GATHER_ENGAGEMENT_FACTS)
  @Transactional
  public EngagementFacts gatherEngagementFacts(@Variable long leadId, @ProcessInstanceKey long processInstanceKey) {
    if (processInstanceKey > 0) {
      bindOnItsOwn.executeWithoutResult(status -> leads.attachProcessInstance(leadId, processInstanceKey));
    }
    Lead lead = leads.require(leadId);
    boolean directSales = new DirectSalesAccounts(dealSettings.directSalesDomains()).owns(lead.getDomain());
    Long protectedPartner = deals.customerHolderPartner(lead.getDomain()).orElse(null);
    Long incumbent = deals.partnersThatWon(lead.getDomain(), PageRequest.of(0, 1)).stream().findFirst().orElse(null);
    return new EngagementFacts(directSales, protectedPartner, incumbent);
  }

  @JobWorker(type = HAND_TO_DIRECT_SALES)
  @Transactional
  public void handToDirectSales(@Variable long leadId, @Variable String engagementRule) {
    leads.require(leadId).handToDirectSales(engagementRule, clock.instant());
  }

  /** The partner with the protected registration, or the incumbent, gets the lead without an offer. */
  @JobWorker(type = ASSIGN_TO_OWNER)
  @Transactional
  public void assignToOwner(@Variable long leadId, @Variable long ownerPartnerId, @Variable String engagementRule) {
    partners.require(ownerPartnerId);
    leads.require(leadId).assignTo(ownerPartnerId, engagementRule, clock.instant());
    recordAssignment(leadId, ownerPartnerId);
  }

  /** The partner's list shows an assigned lead as an accepted row of round 0, stored once. */
  private void recordAssignment(long leadId, long partnerId) {
    if (offers.findByLeadIdAndRound(leadId, LeadOffer.ASSIGNMENT_ROUND).isEmpty()) {
      offers.saveAndFlush(LeadOffer.assignment(leadId, partnerId, clock.instant()));
    }
  }

  /**
   * The candidates of the next round, stored with the partners left out and why. A redelivery finds
   * the round stored and answers it again.
   */
  @JobWorker(type = FIND_CANDIDATES)
  @Transactional
  public CandidatesFound findCandidates(@Variable long leadId, @Variable int offersMade, @Variable String engagementRule) {
    Lead lead = leads.require(leadId);
    lead.startRouting(engagementRule, clock.instant());
    int round = offersMade + 1;
    List<LeadCandidate> stored = new java.util.ArrayList<>(candidates.findByLeadIdAndRoundOrderByPartnerId(leadId, round));
    if (stored.isEmpty()) {
      Set<Long> declined = new HashSet<>();
      Set<Long> offeredBefore = new HashSet<>();
      // Who worked the lead: took it before it was reclaimed, or won the customer before.
      Set<Long> holders = new HashSet<>(deals.partnersThatWon(lead.getDomain(), PageRequest.of(0, 20)));
      for (LeadOffer offer : offers.findByLeadIdOrderByRound(leadId)) {
        (offer.getStatus() == OfferStatus.DECLINED ? declined : offeredBefore).add(offer.getPartnerId());
        if (offer.getStatus() == OfferStatus.ACCEPTED || offer.getStatus() == OfferStatus.RECLAIMED) {
          holders.add(offer.getPartnerId());
        }
      }
      CandidateRules.Selection selection =
          CandidateRules.select(lead.getProduct(), standings.of(lead), declined, offeredBefore, competitors.ofAny(holders));
      for (int i = 0; i < selection.candidates().size(); i++) {
        stored.add(LeadCandidate.candidate(leadId, round, i, selection.candidates().get(i)));
      }
      selection.excluded().forEach(e -> stored.add(LeadCandidate.excluded(leadId, round, e)));
      candidates.saveAllAndFlush(stored);
    }
    List<CandidateRules.Candidate> found = inPickOrder(stored).stream().map(LeadCandidate::asCandidate).toList();
    return new CandidatesFound(found, found.size());
  }

  /**
   * Weighs the round's candidates with the weights the rules gave (in candidate order) and offers
   * the lead to one, picked at random by weight, seeded by lead and round.
   */
  @JobWorker(type = PICK_PARTNER)
  @Transactional
  public OfferMade pickPartner(
      @Variable long leadId, @Variable int offersMade, @Variable List<Object> candidateWeights, @Variable String acceptanceWindow) {
    int round = offersMade + 1;
    LeadOffer offer = offers.findByLeadIdAndRound(leadId, round).orElse(null);
    if (offer == null) {
      List<LeadCandidate> inRound = inPickOrder(candidates.findByLeadIdAndRoundOrderByPartnerId(leadId, round));
      if (inRound.size() != candidateWeights.size()) {
        throw new IllegalStateException(
            "Lead " + leadId + " round " + round + " has " + inRound.size() + " candidates but " + candidateWeights.size() + " weights");
      }
      List<BigDecimal> weights = candidateWeights.stream().map(w -> new BigDecimal(String.valueOf(w))).toList();
      for (int i = 0; i < inRound.size(); i++) {
        inRound.get(i).weigh(weights.get(i));
      }
      int chosen = WeightedPick.pick(weights, leadId, round);
      var now = clock.instant();
      offer =
          offers.saveAndFlush(
              new LeadOffer(leadId, round, inRound.get(chosen).getPartnerId(), weights.get(chosen), now, now.plus(Duration.parse(acceptanceWindow))));
    }
    return new OfferMade(offer.getId(), String.valueOf(offer.getId()), offer.getPartnerId(), round);
  }

  @JobWorker(type = RECORD_ACCEPTANCE)
  @Transactional
  public void recordAcceptance(@Variable long offerId) {
    LeadOffer offer = offers.findById(offerId).orElseThrow();
    offer.accept(clock.instant());
    leads.require(offer.getLeadId()).acceptedBy(offer.getPartnerId(), clock.instant());
  }

  @JobWorker(type = RECORD_DECLINE)
  @Transactional
  public void recordDecline(@Variable long offerId, @Variable(optional = true) String declineReason) {
    DeclineReason reason;
    try {
      reason = declineReason == null ? DeclineReason.NOT_A_FIT : DeclineReason.valueOf(declineReason);
    } catch (IllegalArgumentException unknown) {
      reason = DeclineReason.NOT_A_FIT;
    }
    offers.findById(offerId).orElseThrow().decline(reason, clock.instant());
  }

  @JobWorker(type = EXPIRE_OFFER)
  @Transactional
  public void expireOffer(@Variable long offerId) {
    offers.findById(offerId).orElseThrow().expire(clock.instant());
  }

  @JobWorker(type = AWAIT_TRIAGE)
  @Transactional
  public void awaitTriage(@Variable long leadId) {
    leads.require(leadId).awaitTriage(clock.instant());
  }

  /**
   * Applies the partner managers' triage: assign to a partner, hand to direct sales, or close. An
   * assignment to a partner that does not exist fails the job, so the incident shows it.
   */
  @JobWorker(type = APPLY_TRIAGE)
  @Transactional
  public void applyTriage(
      @Variable long leadId, @Variable String triageOutcome, @Variable(optional = true) Long triagePartnerId) {
    Lead lead = leads.require(leadId);
    switch (triageOutcome) {
      case "ASSIGN" -> {
        if (triagePartnerId == null) {
          throw new IllegalArgumentException("Triage of lead " + leadId + " assigns it without a partner");
        }
        partners.require(triagePartnerId);
        lead.assignTo(triagePartnerId, "TRIAGE", clock.instant());
        recordAssignment(leadId, triagePartnerId);
      }
      case "DIRECT_SALES" -> lead.handToDirectSales("TRIAGE", clock.instant());
      default -> lead.close(clock.instant());
    }
  }

  private static List<LeadCandidate> inPickOrder(List<LeadCandidate> round) {
    return round.stream()
        .filter(c -> c.getPosition() != null)
        .sorted(java.util.Comparator.comparingInt(LeadCandidate::getPosition))
        .toList();
  }
}
