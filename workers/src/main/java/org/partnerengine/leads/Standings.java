package org.partnerengine.leads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.partnerengine.territory.PartnerCoverage;
import org.partnerengine.territory.PartnerCoverages;
import org.partnerengine.territory.Territories;
import org.partnerengine.territory.Territory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads the partners that cover a lead's place, with their stage, tier, capacity used, acceptance
 * rate, how close their coverage is (the postcode area or only the country) and win rate.
 */
@Component
class Standings {

  private static final Duration CAPACITY_PERIOD = Duration.ofDays(30);

  private final Territories territories;
  private final PartnerCoverages coverages;
  private final Partners partners;
  private final LeadOffers offers;
  private final LeadSettings settings;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  Standings(
      Territories territories,
      PartnerCoverages coverages,
      Partners partners,
      LeadOffers offers,
      LeadSettings settings,
      JdbcTemplate jdbc,
      Clock clock) {
    this.territories = territories;
    this.coverages = coverages;
    this.partners = partners;
    this.offers = offers;
    this.settings = settings;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  List<CandidateRules.Standing> of(Lead lead) {
    List<Territory> coveringLead = territories.covering(lead.getCountry(), lead.getPostcode());
    List<Long> territoryIds = coveringLead.stream().map(Territory::getId).toList();
    // The territories that reach the lead through an area with a postcode prefix: the close ones.
    Set<Long> postcodeArea = coveringLead.stream()
        .filter(t -> t.getAreas().stream().anyMatch(a -> a.postcodePrefix() != null && !a.postcodePrefix().isEmpty() && a.covers(lead.getCountry(), lead.getPostcode())))
        .map(Territory::getId)
        .collect(Collectors.toSet());
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
    String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
    List<Object> answeredArguments = new ArrayList<>(ids);
    // offered_at holds UTC wall-clock time (hibernate.jdbc.time_zone)
    answeredArguments.add(LocalDateTime.ofInstant(now.minus(settings.acceptanceLookback()), ZoneOffset.UTC));
    // Every status but OPEN, through the index that starts with the status: the one by partner
    // made H2 read each open offer of the candidates as well, for every lead routed.
    jdbc.query(
        "select partner_id, status, count(*) from lead_offer use index (ix_lead_offer_status)"
            + " where status in ('ACCEPTED', 'DECLINED', 'EXPIRED', 'RECLAIMED') and partner_id in (" + placeholders + ")"
            + " and offered_at >= ? and assigned = false group by partner_id, status",
        row -> {
          long[] counts = answered.computeIfAbsent(row.getLong(1), k -> new long[2]);
          if (OfferStatus.ACCEPTED.name().equals(row.getString(2))) {
            counts[0] += row.getLong(3);
          }
          counts[1] += row.getLong(3);
        },
        answeredArguments.toArray());
    Map<Long, long[]> closed = new HashMap<>(); // partner -> {won, closed}
    LocalDate yearAgo = LocalDate.ofInstant(now, ZoneOffset.UTC).minusYears(1);
    // One query for every candidate's closed deals of the last year, not one per candidate.
    Object[] arguments = new Object[ids.size() + 1];
    for (int i = 0; i < ids.size(); i++) {
      arguments[i] = ids.get(i);
    }
    arguments[ids.size()] = yearAgo;
    jdbc.query(
        "select partner_id, status, count(*) from deal where partner_id in (" + placeholders + ")"
            + " and status in ('WON', 'LOST') and closed_on >= ? group by partner_id, status",
        row -> {
          long[] counts = closed.computeIfAbsent(row.getLong(1), k -> new long[2]);
          if ("WON".equals(row.getString(2))) {
            counts[0] += row.getLong(3);
          }
          counts[1] += row.getLong(3);
        },
        arguments);
    Map<Long, Partner> byId = new HashMap<>();
    partners.findAllById(ids).forEach(p -> byId.put(p.getId(), p));
    return covering.stream()
        .filter(c -> byId.containsKey(c.getPartnerId()))
        .map(
            c -> {
              Partner partner = byId.get(c.getPartnerId());
              long[] counts = answered.get(c.getPartnerId());
              Double rate = counts == null || counts[1] == 0 ? null : Math.round(10_000.0 * counts[0] / counts[1]) / 10_000.0;
              long[] deals = closed.get(c.getPartnerId());
              Double winRate = deals == null || deals[1] == 0 ? null : Math.round(10_000.0 * deals[0] / deals[1]) / 10_000.0;
              boolean close = c.getTerritoryIds().stream().anyMatch(postcodeArea::contains);
              return new CandidateRules.Standing(
                  c.getPartnerId(),
                  partner.getStage() == Stage.ACTIVE,
                  partner.getTier(),
                  c.getProducts(),
                  c.getCapacity(),
                  taken.getOrDefault(c.getPartnerId(), 0L),
                  rate,
                  close ? "POSTCODE_AREA" : "COUNTRY",
                  winRate);
            })
        .toList();
  }
}
