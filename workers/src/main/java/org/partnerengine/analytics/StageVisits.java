package org.partnerengine.analytics;

import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code stage_visit} up to date with the STAGE_ENTERED history. Each catch-up derives the
 * visits that ended since an hour before the last one known: history entries are written when they
 * happen, so one that commits late is still inside that overlap, and the key (the ending entry's id)
 * makes the overlap harmless. The first catch-up on an existing history derives all of it once.
 */
@Component
public class StageVisits {

  static final Duration OVERLAP = Duration.ofHours(1);

  // Each STAGE_ENTERED after the watermark finds the entry it ends with one index probe.
  static final String DERIVE =
      """
      insert ignore into stage_visit (exit_event_id, partner_id, stage, entered_at, left_at)
      select n.id, n.partner_id, p.stage, p.occurred_at, n.occurred_at
      from partner_event n
      join partner_event p on p.id = (
        select p2.id from partner_event p2
        where p2.type = 'STAGE_ENTERED' and p2.partner_id = n.partner_id
          and (p2.occurred_at < n.occurred_at or (p2.occurred_at = n.occurred_at and p2.id < n.id))
        order by p2.occurred_at desc, p2.id desc
        limit 1)
      where n.type = 'STAGE_ENTERED' and n.occurred_at >= ?
      """;

  private final JdbcTemplate jdbc;

  public StageVisits(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.REQUIRED)
  public int catchUp() {
    Instant last =
        jdbc.query("select max(left_at) as last_left from stage_visit", rs -> rs.next() ? Utc.read(rs, "last_left") : null);
    Instant since = last == null ? Instant.EPOCH : last.minus(OVERLAP);
    return jdbc.update(DERIVE, Utc.of(since));
  }
}
