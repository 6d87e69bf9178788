package org.partnerengine.leads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.partnerengine.territory.PartnerCoverage;
import org.partnerengine.territory.PartnerCoverages;
import org.partnerengine.territory.Territories;
import org.partnerengine.territory.Territory;
import org.springframework.stereotype.Component;

/** Loads the partners that cover a lead's place, with their stage, tier, capacity used and acceptance rate. */
@Component
class Standings {

  private static final Duration CAPACITY_PERIOD = Duration.ofDays(30);

  private final Territories territories;
  private final PartnerCoverages coverages;
  private final Partners partners;
  private final LeadOffers offers;
  private final LeadSettings settings;
  private final Clock clock;

  Standings(
      Territories territories, PartnerCoverages coverages, Partners partners, LeadOffers offers, LeadSettings settings, Clock clock) {
    this.territories = territories;
    this.coverages = coverages;
    this.partners = partners;
    this.offers = offers;
    this.settings = settings;
    this.clock = clock;
  }

  List<CandidateRules.Standing> of(Lead lead) {
    List<Long> territoryIds = territories.covering(lead.getCountry(), lead.getPostcode()).stream().map(Territory::getId).toList();
    if (territoryIds.isEmpty()) {
      return List.of();
    }
    List<PartnerCoverage> covering = coverages.coveringAny(territoryIds);
    if (covering.isEmpty()) {
      return List.of();
    }
    List<Long> ids = covering.stream().map(PartnerCoverage::getPartnerId).toList();
    Instant now = clock.instant();
    Map<Long, Long> taken = new HashMap<>();
    for (Object[] row : offers.countTakingCapacity(ids, now.minus(CAPACITY_PERIOD))) {
      taken.put((Long) row[0], (Long) row[1]);
    }
    Map<Long, long[]> answered = new HashMap<>(); // partner -> {accepted, all answered}
    for (Object[] row : offers.countAnswered(ids, now.minus(settings.acceptanceLookback()))) {
      long[] counts = answered.computeIfAbsent((Long) row[0], k -> new long[2]);
      if (row[1] == OfferStatus.ACCEPTED) {
        counts[0] += (Long) row[2];
      }
      counts[1] += (Long) row[2];
    }
    Map<Long, Partner> byId = new HashMap<>();
    partners.findAllById(ids).forEach(p -> byId.put(p.getId(), p));
    return covering.stream()
        .filter(c -> byId.containsKey(c.getPartnerId()))
        .map(
            c -> {
              Partner partner = byId.get(c.getPartnerId());
              long[] counts = answered.get(c.getPartnerId());
              Double rate = counts == null || counts[1] == 0 ? null : Math.round(10_000.0 * counts[0] / counts[1]) / 10_000.0;
              return new CandidateRules.Standing(
                  c.getPartnerId(),
                  partner.getStage() == Stage.ACTIVE,
                  partner.getTier(),
                  c.getProducts(),
                  c.getCapacity(),
                  taken.getOrDefault(c.getPartnerId(), 0L),
                  rate);
            })
        .toList();
  }
}
