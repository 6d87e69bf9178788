package org.partnerengine.leads;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which partners may be offered a lead in a round, and why the others may not. A candidate is
 * ACTIVE, covers the lead's territory (the standings given are those that do), is specialised in
 * the lead's product, has capacity left in its 30 days, was not offered this lead before
 * (declined or let the window pass), and does not compete with a partner that worked the lead (took
 * it before it was reclaimed, or won the customer): a recycled lead never goes to a rival. How much each candidate weighs is the rules'
 * ({@code lead-candidate-weight}), not this class's.
 */
public final class CandidateRules {

  /** Why a partner covering the territory is left out. */
  public enum ExclusionReason {
    NOT_ACTIVE,
    NOT_SPECIALISED,
    COMPETITOR_OF_HOLDER,
    DECLINED_THIS_LEAD,
    OFFERED_BEFORE,
    AT_CAPACITY
  }

  /**
   * A partner covering the lead's territory, as routing sees it.
   *
   * @param leadsIn30Days the open and accepted offers it holds from the last 30 days
   * @param acceptanceRate accepted of its answered offers lately, null when it answered none
   * @param distanceBand POSTCODE_AREA when a territory it covers names the lead's postcode area,
   *     COUNTRY when it covers the lead's country as a whole
   * @param winRate won of its deals closed in the last year, null when none closed
   */
  public record Standing(
      long partnerId,
      boolean active,
      String tier,
      Set<String> products,
      int capacity,
      long leadsIn30Days,
      Double acceptanceRate,
      String distanceBand,
      Double winRate) {}

  /** A candidate, with the facts the weighing rules read. */
  public record Candidate(
      long partnerId, String tier, int specialisationCount, Double acceptanceRate, String distanceBand, Double winRate) {}

  public record Exclusion(long partnerId, ExclusionReason reason) {}

  /** Candidates in partner id order (the order the pick relies on), and the partners left out. */
  public record Selection(List<Candidate> candidates, List<Exclusion> excluded) {}

  private CandidateRules() {}

  public static Selection select(String product, List<Standing> standings, Set<Long> declined, Set<Long> offeredBefore) {
    return select(product, standings, declined, offeredBefore, Set.of());
  }

  /** @param rivalsOfHolders the competitors of the partners that worked the lead */
  public static Selection select(
      String product, List<Standing> standings, Set<Long> declined, Set<Long> offeredBefore, Set<Long> rivalsOfHolders) {
    List<Candidate> candidates = new ArrayList<>();
    List<Exclusion> excluded = new ArrayList<>();
    for (Standing s : standings.stream().sorted(Comparator.comparingLong(Standing::partnerId)).toList()) {
      ExclusionReason reason =
          !s.active() ? ExclusionReason.NOT_ACTIVE
              : !s.products().contains(product) ? ExclusionReason.NOT_SPECIALISED
              : rivalsOfHolders.contains(s.partnerId()) ? ExclusionReason.COMPETITOR_OF_HOLDER
              : declined.contains(s.partnerId()) ? ExclusionReason.DECLINED_THIS_LEAD
              : offeredBefore.contains(s.partnerId()) ? ExclusionReason.OFFERED_BEFORE
              : s.leadsIn30Days() >= s.capacity() ? ExclusionReason.AT_CAPACITY
              : null;
      if (reason == null) {
        candidates.add(new Candidate(
            s.partnerId(), s.tier() == null ? "REGISTERED" : s.tier(), s.products().size(), s.acceptanceRate(), s.distanceBand(), s.winRate()));
      } else {
        excluded.add(new Exclusion(s.partnerId(), reason));
      }
    }
    return new Selection(List.copyOf(candidates), List.copyOf(excluded));
  }
}
