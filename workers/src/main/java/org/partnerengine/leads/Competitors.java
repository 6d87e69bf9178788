package org.partnerengine.leads;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.partnerengine.partner.Partners;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who competes with whom, as partner managers record it. Competition goes both ways: naming Y as
 * X's competitor makes X Y's competitor too. Routing never offers a lead to a competitor of a
 * partner that worked it (accepted it, or holds the customer).
 */
@Service
public class Competitors {

  static final int MOST = 50;

  private final JdbcTemplate jdbc;
  private final Partners partners;
  private final Clock clock;

  public Competitors(JdbcTemplate jdbc, Partners partners, Clock clock) {
    this.jdbc = jdbc;
    this.partners = partners;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Set<Long> of(long partnerId) {
    partners.require(partnerId);
    return new TreeSet<>(jdbc.queryForList("select competitor_id from partner_competitor where partner_id = ?", Long.class, partnerId));
  }

  /** The competitors of any of these partners. */
  @Transactional(readOnly = true)
  public Set<Long> ofAny(Collection<Long> partnerIds) {
    Set<Long> rivals = new HashSet<>();
    for (long partnerId : partnerIds) {
      rivals.addAll(jdbc.queryForList("select competitor_id from partner_competitor where partner_id = ?", Long.class, partnerId));
    }
    return rivals;
  }

  /** Replaces the partner's competitors, both ways. */
  @Transactional
  public Set<Long> set(long partnerId, Set<Long> competitorIds, String manager) {
    partners.requireForUpdate(partnerId);
    if (competitorIds.contains(partnerId)) {
      throw new InvalidCompetitors("a partner does not compete with itself");
    }
    if (competitorIds.size() > MOST) {
      throw new InvalidCompetitors("at most " + MOST + " competitors");
    }
    for (long competitor : competitorIds) {
      if (!partners.existsById(competitor)) {
        throw new InvalidCompetitors("no partner " + competitor);
      }
    }
    jdbc.update("delete from partner_competitor where partner_id = ? or competitor_id = ?", partnerId, partnerId);
    Timestamp now = Timestamp.from(clock.instant());
    for (long competitor : competitorIds) {
      jdbc.batchUpdate(
          "insert into partner_competitor (partner_id, competitor_id, recorded_by, recorded_at) values (?, ?, ?, ?)",
          List.of(new Object[] {partnerId, competitor, manager, now}, new Object[] {competitor, partnerId, manager, now}));
    }
    return new TreeSet<>(competitorIds);
  }
}
