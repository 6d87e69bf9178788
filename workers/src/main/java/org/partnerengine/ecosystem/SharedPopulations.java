package org.partnerengine.ecosystem;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.partnerengine.partner.Partners;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account lists partners share. A list replaces the one shared before as a whole, in one
 * transaction: a list with a single unreadable entry is refused and the earlier list stays.
 */
@Service
public class SharedPopulations {

  private static final int REFUSALS_REPORTED = 20;

  private final JdbcTemplate jdbc;
  private final Partners partners;
  private final EcosystemSettings settings;
  private final Clock clock;

  public SharedPopulations(JdbcTemplate jdbc, Partners partners, EcosystemSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.partners = partners;
    this.settings = settings;
    this.clock = clock;
  }

  @Transactional
  public SharedPopulation share(long partnerId, AccountPopulation population, SharingLevel level, List<String> entries, String sharedBy) {
    partners.requireForUpdate(partnerId);
    Set<String> domains = registrableDomains(entries);
    Instant now = clock.instant();
    jdbc.update("delete from shared_account where partner_id = ? and population = ?", partnerId, population.name());
    int updated = jdbc.update(
        "update shared_population set sharing_level = ?, account_count = ?, shared_by = ?, updated_at = ? where partner_id = ? and population = ?",
        level.name(), domains.size(), sharedBy, Timestamp.from(now), partnerId, population.name());
    if (updated == 0) {
      jdbc.update(
          "insert into shared_population (partner_id, population, sharing_level, account_count, shared_by, updated_at) values (?, ?, ?, ?, ?, ?)",
          partnerId, population.name(), level.name(), domains.size(), sharedBy, Timestamp.from(now));
    }
    List<Object[]> rows = new ArrayList<>(domains.size());
    for (String domain : domains) {
      rows.add(new Object[] {partnerId, population.name(), domain});
    }
    jdbc.batchUpdate("insert into shared_account (partner_id, population, domain) values (?, ?, ?)", rows);
    return new SharedPopulation(population, level, domains.size(), sharedBy, now);
  }

  /** Every population of the partner, the ones it never shared as HIDDEN with no accounts. */
  @Transactional(readOnly = true)
  public List<SharedPopulation> of(long partnerId) {
    partners.require(partnerId);
    Map<AccountPopulation, SharedPopulation> shared = new EnumMap<>(AccountPopulation.class);
    for (AccountPopulation population : AccountPopulation.values()) {
      shared.put(population, SharedPopulation.notShared(population));
    }
    jdbc.query(
        "select population, sharing_level, account_count, shared_by, updated_at from shared_population where partner_id = ?",
        row -> {
          AccountPopulation population = AccountPopulation.valueOf(row.getString("population"));
          shared.put(population, new SharedPopulation(
              population,
              SharingLevel.valueOf(row.getString("sharing_level")),
              row.getInt("account_count"),
              row.getString("shared_by"),
              row.getTimestamp("updated_at").toInstant()));
        },
        partnerId);
    return List.copyOf(shared.values());
  }

  /** The partner's accounts in one population; only the overlap computation reads them. */
  Set<String> accounts(long partnerId, AccountPopulation population) {
    return new HashSet<>(jdbc.queryForList(
        "select domain from shared_account where partner_id = ? and population = ?", String.class, partnerId, population.name()));
  }

  private Set<String> registrableDomains(List<String> entries) {
    Set<String> domains = new TreeSet<>();
    List<InvalidAccounts.Refused> refused = new ArrayList<>();
    int unreadable = 0;
    for (int index = 0; index < entries.size(); index++) {
      Optional<String> domain = AccountDomain.registrable(entries.get(index));
      if (domain.isPresent()) {
        domains.add(domain.get());
      } else {
        unreadable++;
        if (refused.size() < REFUSALS_REPORTED) {
          refused.add(new InvalidAccounts.Refused(index, entries.get(index)));
        }
      }
    }
    if (unreadable > 0) {
      throw new InvalidAccounts(
          unreadable + " of " + entries.size() + " entries name no registrable domain; nothing was stored", refused);
    }
    if (domains.size() > settings.maxAccountsPerPopulation()) {
      throw new InvalidAccounts(
          domains.size() + " accounts are more than the " + settings.maxAccountsPerPopulation() + " a population may hold", List.of());
    }
    return domains;
  }
}
