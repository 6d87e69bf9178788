package org.partnerengine.ecosystem;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Best partners for this account": the partners that know an account, ranked with the reasons.
 * Only an overlap both sides share as accounts counts: the account must be in one of the vendor's
 * populations it shares as OVERLAPS, and in the partner's list shared as OVERLAPS. A partner that
 * shares counts only, or not at all, is never named for an account.
 */
@Service
public class AccountPartners {

  /** How much a partner's relationship to the account weighs, by the list it is on. */
  private static final Map<AccountPopulation, Integer> RELATIONSHIP_POINTS = new EnumMap<>(Map.of(
      AccountPopulation.CUSTOMERS, 50, AccountPopulation.OPEN_OPPORTUNITIES, 30, AccountPopulation.PROSPECTS, 10));
  private static final Map<String, Integer> TIER_POINTS = Map.of("PLATINUM", 20, "GOLD", 15, "SILVER", 10);

  /** A partner for the account, with its score and why. */
  public record RankedPartner(long partnerId, String companyName, String tier, List<AccountPopulation> populations, int wonDeals, int score, List<String> reasons) {}

  /** The account as matched, whether the vendor shares it, and the partners in rank order. */
  public record AccountRanking(String domain, List<AccountPopulation> vendorPopulations, List<RankedPartner> partners) {}

  private final JdbcTemplate jdbc;
  private final VendorPopulations vendor;
  private final VendorSharing vendorSharing;
  private final Clock clock;

  AccountPartners(JdbcTemplate jdbc, VendorPopulations vendor, VendorSharing vendorSharing, Clock clock) {
    this.jdbc = jdbc;
    this.vendor = vendor;
    this.vendorSharing = vendorSharing;
    this.clock = clock;
  }

  /** Empty when the text names no registrable domain. */
  @Transactional(readOnly = true)
  public Optional<AccountRanking> rank(String account) {
    Optional<String> registrable = AccountDomain.registrable(account);
    if (registrable.isEmpty()) {
      return Optional.empty();
    }
    String domain = registrable.get();
    List<AccountPopulation> shared = new ArrayList<>();
    for (OverlapMatrix.VendorSide side : vendorSharing.levels()) {
      if (side.sharingLevel() == SharingLevel.OVERLAPS && vendor.accounts(side.population()).contains(domain)) {
        shared.add(side.population());
      }
    }
    if (shared.isEmpty()) {
      return Optional.of(new AccountRanking(domain, shared, List.of()));
    }
    Map<Long, List<AccountPopulation>> knownBy = new HashMap<>();
    jdbc.query(
        "select a.partner_id, a.population from shared_account a join shared_population p"
            + " on p.partner_id = a.partner_id and p.population = a.population"
            + " join partner x on x.id = a.partner_id"
            + " where a.domain = ? and p.sharing_level = 'OVERLAPS' and x.stage not in ('OFFBOARDED', 'REJECTED')",
        row -> {
          knownBy.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(AccountPopulation.valueOf(row.getString(2)));
        },
        domain);
    LocalDate yearAgo = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusYears(1);
    List<RankedPartner> ranked = new ArrayList<>();
    knownBy.forEach((partnerId, populations) -> ranked.add(ranked(partnerId, populations, yearAgo)));
    ranked.sort(Comparator.comparingInt(RankedPartner::score).reversed().thenComparingLong(RankedPartner::partnerId));
    return Optional.of(new AccountRanking(domain, shared, ranked));
  }

  private RankedPartner ranked(long partnerId, List<AccountPopulation> populations, LocalDate since) {
    Map<String, Object> partner = jdbc.queryForMap("select company_name, tier from partner where id = ?", partnerId);
    String tier = (String) partner.get("tier");
    Integer won = jdbc.queryForObject(
        "select count(*) from deal where partner_id = ? and status = 'WON' and closed_on >= ?", Integer.class, partnerId, since);
    List<AccountPopulation> sorted = populations.stream().sorted(Comparator.comparing(RELATIONSHIP_POINTS::get).reversed()).toList();
    List<String> reasons = new ArrayList<>();
    AccountPopulation closest = sorted.get(0);
    int score = RELATIONSHIP_POINTS.get(closest);
    reasons.add(switch (closest) {
      case CUSTOMERS -> "The account is the partner's customer";
      case OPEN_OPPORTUNITIES -> "The partner has an open opportunity at the account";
      case PROSPECTS -> "The account is the partner's prospect";
    });
    int tierPoints = tier == null ? 0 : TIER_POINTS.getOrDefault(tier, 0);
    if (tierPoints > 0) {
      score += tierPoints;
      reasons.add("Tier " + tier);
    }
    // A partner that closes deals is a better bet: one point a won deal of the last year, at most 30.
    int wonPoints = Math.min(won, 30);
    if (won > 0) {
      score += wonPoints;
      reasons.add(won + (won == 1 ? " deal" : " deals") + " won in the last 12 months");
    }
    return new RankedPartner(partnerId, (String) partner.get("company_name"), tier, sorted, won, score, reasons);
  }
}
