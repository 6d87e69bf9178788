package org.partnerengine.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.partnerengine.territory.Area;

/**
 * Routes 10 000 generated leads over 120 days through the candidate rules and the weighted pick,
 * as the lead-distribution process runs them (up to three offers, then triage), with partners
 * that accept, decline or stay silent at their own rates. No engine and no database: the
 * simulation keeps the offers itself, and weighs candidates with the points of the
 * lead-candidate-weight table (which LeadDistributionProcessTest evaluates in the engine).
 *
 * <p>Each partner's share of offers must be within 3 percentage points of its weight share (the
 * chance the weights gave it at each pick, summed over the picks); no partner is offered a lead
 * while it holds its capacity, no direct-sales account is ever offered, no partner is offered a
 * lead it declined, and every lead nobody took goes to triage exactly once.
 */
class LeadRoutingSimulationTest {

  private static final int LEADS = 10_000;
  private static final int MAX_OFFERS = 3;
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration SPAN = Duration.ofDays(120);
  private static final Duration CAPACITY_PERIOD = Duration.ofDays(30);
  private static final List<String> PRODUCTS = List.of("core-platform", "analytics", "security");
  private static final DirectSalesAccounts DIRECT_SALES = new DirectSalesAccounts(List.of("www.megacorp.example", "globalbank.example"));

  /** A generated partner: where it sells, what, how much, and how it answers offers. */
  record SimPartner(
      long id, boolean active, String tier, List<Area> areas, Set<String> products, int capacity, double accepts, double declines) {}

  record Offer(long leadId, long partnerId, Instant at, boolean accepted) {}

  @Test
  void tenThousandLeadsAreSharedByWeightWithinCapacityAndNeverToDirectSalesADeclinerOrARivalOfItsHolder() {
    List<SimPartner> partners = partners();
    SplittableRandom random = new SplittableRandom(2026);
    List<Offer> offers = new ArrayList<>();
    Map<Long, Double> expected = new HashMap<>();
    Map<Long, Integer> offered = new HashMap<>();
    Map<Long, Set<Long>> declinedBy = new HashMap<>();
    Map<Long, Integer> triaged = new HashMap<>();
    List<String> violations = new ArrayList<>();
    int picks = 0;
    int directSales = 0;
    int leftOutAtCapacity = 0;
    int competitorsLeftOut = 0;
    int reclaimed = 0;

    for (long leadId = 1; leadId <= LEADS; leadId++) {
      Instant now = START.plusSeconds(SPAN.toSeconds() * leadId / LEADS);
      boolean direct = random.nextInt(100) < 5;
      String domain = direct ? (random.nextBoolean() ? "megacorp.example" : "https://www.globalbank.example/") : "lead" + leadId + ".example";
      String country = random.nextInt(4) == 0 ? "AT" : "DE";
      String postcode = String.valueOf(10000 + random.nextInt(89999));
      String product = PRODUCTS.get(random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(2));
      // The first rule of engagement: a direct-sales account is never routed.
      if (DIRECT_SALES.owns(domain)) {
        directSales++;
        continue;
      }
      Set<Long> declined = declinedBy.computeIfAbsent(leadId, k -> new HashSet<>());
      Set<Long> offeredBefore = new HashSet<>();
      // The partners that took the lead before it was reclaimed: their rivals never get it.
      Set<Long> holders = new HashSet<>();
      boolean taken = false;
      for (int round = 1; round <= MAX_OFFERS && !taken; round++) {
        List<CandidateRules.Standing> standings = standings(partners, offers, country, postcode, now);
        Set<Long> rivals = rivalsOf(holders);
        CandidateRules.Selection selection = CandidateRules.select(product, standings, declined, offeredBefore, rivals);
        competitorsLeftOut +=
            (int) selection.excluded().stream().filter(e -> e.reason() == CandidateRules.ExclusionReason.COMPETITOR_OF_HOLDER).count();
        leftOutAtCapacity +=
            (int) selection.excluded().stream().filter(e -> e.reason() == CandidateRules.ExclusionReason.AT_CAPACITY).count();
        if (selection.candidates().isEmpty()) {
          break;
        }
        List<BigDecimal> weights = selection.candidates().stream().map(LeadRoutingSimulationTest::weight).toList();
        int chosen = WeightedPick.pick(weights, leadId, round);
        assertThat(WeightedPick.pick(weights, leadId, round)).as("a redelivered pick").isEqualTo(chosen);
        double total = weights.stream().mapToDouble(BigDecimal::doubleValue).sum();
        for (int i = 0; i < weights.size(); i++) {
          expected.merge(selection.candidates().get(i).partnerId(), weights.get(i).doubleValue() / total, Double::sum);
        }
        picks++;
        SimPartner partner = partners.get((int) selection.candidates().get(chosen).partnerId() - 1);
        if (holdsCapacity(offers, partner.id(), now) >= partner.capacity()) {
          violations.add("lead " + leadId + " offered to partner " + partner.id() + " at capacity");
        }
        if (declined.contains(partner.id()) || offeredBefore.contains(partner.id())) {
          violations.add("lead " + leadId + " offered again to partner " + partner.id());
        }
        if (rivals.contains(partner.id())) {
          violations.add("lead " + leadId + " recycled to partner " + partner.id() + ", a competitor of " + holders);
        }
        if (!matchesTerritory(partner, country, postcode) || !partner.products().contains(product) || !partner.active()) {
          violations.add("lead " + leadId + " offered to partner " + partner.id() + " outside its coverage");
        }
        offered.merge(partner.id(), 1, Integer::sum);
        double answer = random.nextDouble();
        taken = answer < partner.accepts();
        offers.add(new Offer(leadId, partner.id(), now, taken));
        if (taken && random.nextInt(10) == 0) {
          // Accepted, then left without a word: reclaimed and offered on.
          taken = false;
          holders.add(partner.id());
          reclaimed++;
        }
        offeredBefore.add(partner.id());
        if (!taken && answer < partner.accepts() + partner.declines()) {
          declined.add(partner.id());
        }
      }
      if (!taken) {
        triaged.merge(leadId, 1, Integer::sum);
      }
    }

    System.out.printf(
        "Lead routing simulation: %d leads, %d direct sales, %d picks, %d triaged, %d candidates left out at capacity,"
            + " %d leads reclaimed, %d candidates left out as a competitor of a partner that worked the lead%n",
        LEADS, directSales, picks, triaged.size(), leftOutAtCapacity, reclaimed, competitorsLeftOut);
    assertThat(leftOutAtCapacity).as("capacity is reached and then respected").isPositive();
    assertThat(competitorsLeftOut).as("recycled leads met rivals, and passed them by").isPositive();
    assertThat(violations).isEmpty();
    assertThat(directSales).isBetween(300, 700);
    assertThat(triaged.values()).allMatch(n -> n == 1);
    assertThat(triaged).isNotEmpty();
    for (SimPartner partner : partners) {
      double share = offered.getOrDefault(partner.id(), 0) / (double) picks;
      double weightShare = expected.getOrDefault(partner.id(), 0.0) / picks;
      System.out.printf("  partner %2d %-9s share %5.2f%% weight share %5.2f%%%n", partner.id(), partner.tier(), 100 * share, 100 * weightShare);
      assertThat(Math.abs(share - weightShare)).as("partner %d: share %.4f, weight share %.4f", partner.id(), share, weightShare).isLessThan(0.03);
    }
    assertThat(offered).doesNotContainKey(9L).doesNotContainKey(10L);
  }

  /** Who competes with whom: partners 1 and 2 (Germany-wide), 3 and 4, both ways. */
  private static final Map<Long, Set<Long>> COMPETITORS = Map.of(1L, Set.of(2L), 2L, Set.of(1L), 3L, Set.of(4L), 4L, Set.of(3L));

  private static Set<Long> rivalsOf(Set<Long> holders) {
    Set<Long> rivals = new HashSet<>();
    holders.forEach(holder -> rivals.addAll(COMPETITORS.getOrDefault(holder, Set.of())));
    return rivals;
  }

  /**
   * Ten partners in Germany (north: postcodes 2, south: 8, all of it) and Austria, of every tier,
   * some with small capacities; partner 9 is not active, partner 10 sells only security elsewhere.
   */
  private static List<SimPartner> partners() {
    List<Area> germany = List.of(new Area("DE", null));
    List<Area> north = List.of(new Area("DE", "2"), new Area("DE", "1"));
    List<Area> south = List.of(new Area("DE", "8"), new Area("DE", "9"));
    List<Area> austria = List.of(new Area("AT", null));
    Set<String> core = Set.of("core-platform");
    Set<String> all = Set.copyOf(PRODUCTS);
    return List.of(
        new SimPartner(1, true, "PLATINUM", germany, all, 2_000, 0.6, 0.3),
        new SimPartner(2, true, "GOLD", germany, core, 2_000, 0.5, 0.3),
        new SimPartner(3, true, "SILVER", north, Set.of("core-platform", "analytics"), 2_000, 0.4, 0.4),
        new SimPartner(4, true, "REGISTERED", south, core, 60, 0.7, 0.2),
        new SimPartner(5, true, "GOLD", austria, all, 2_000, 0.5, 0.2),
        new SimPartner(6, true, "REGISTERED", austria, core, 100, 0.3, 0.3),
        new SimPartner(7, true, "SILVER", germany, Set.of("analytics", "security"), 2_000, 0.5, 0.3),
        new SimPartner(8, true, "GOLD", List.of(new Area("DE", "8"), new Area("AT", null)), all, 300, 0.6, 0.2),
        new SimPartner(9, false, "PLATINUM", germany, all, 2_000, 0.9, 0.0),
        new SimPartner(10, true, "GOLD", List.of(new Area("CH", null)), Set.of("security"), 2_000, 0.9, 0.0));
  }

  /** The standings a find-candidates job would load: partners whose territories cover the place. */
  private static List<CandidateRules.Standing> standings(List<SimPartner> partners, List<Offer> offers, String country, String postcode, Instant now) {
    List<CandidateRules.Standing> standings = new ArrayList<>();
    for (SimPartner p : partners) {
      if (!matchesTerritory(p, country, postcode)) {
        continue;
      }
      long answered = 0;
      long accepted = 0;
      for (int i = offers.size() - 1; i >= 0 && offers.get(i).at().isAfter(now.minus(Duration.ofDays(90))); i--) {
        if (offers.get(i).partnerId() == p.id()) {
          answered++;
          accepted += offers.get(i).accepted() ? 1 : 0;
        }
      }
      Double rate = answered == 0 ? null : Math.round(10_000.0 * accepted / answered) / 10_000.0;
      String band = p.areas().stream().anyMatch(a -> a.postcodePrefix() != null && !a.postcodePrefix().isEmpty() && a.covers(country, postcode)) ? "POSTCODE_AREA" : "COUNTRY";
      // The simulated partners close no deals here: no win rate.
      standings.add(new CandidateRules.Standing(
          p.id(), p.active(), p.tier(), p.products(), p.capacity(), holdsCapacity(offers, p.id(), now), rate, band, null));
    }
    return standings;
  }

  /** Accepted offers of the last 30 days (every simulated offer is answered at once, none stays open). */
  private static long holdsCapacity(List<Offer> offers, long partnerId, Instant now) {
    long held = 0;
    for (int i = offers.size() - 1; i >= 0 && offers.get(i).at().isAfter(now.minus(CAPACITY_PERIOD)); i--) {
      if (offers.get(i).partnerId() == partnerId && offers.get(i).accepted()) {
        held++;
      }
    }
    return held;
  }

  private static boolean matchesTerritory(SimPartner partner, String country, String postcode) {
    return partner.areas().stream().anyMatch(a -> a.covers(country, postcode));
  }

  /**
   * The points of lead-candidate-weight: tier, a focused specialist, the acceptance rate, a
   * coverage of the lead's postcode area, the win rate.
   */
  private static BigDecimal weight(CandidateRules.Candidate c) {
    int points =
        switch (c.tier()) {
          case "PLATINUM" -> 40;
          case "GOLD" -> 30;
          case "SILVER" -> 20;
          default -> 10;
        };
    points += c.specialisationCount() <= 2 ? 10 : 0;
    Double rate = c.acceptanceRate();
    points += rate == null ? 10 : rate >= 0.8 ? 20 : rate >= 0.5 ? 10 : 0;
    points += "POSTCODE_AREA".equals(c.distanceBand()) ? 10 : 0;
    Double wins = c.winRate();
    points += wins == null ? 5 : wins >= 0.5 ? 15 : wins >= 0.25 ? 5 : 0;
    return BigDecimal.valueOf(points);
  }
}
