package org.partnerengine.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.partnerengine.partner.Stage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code stage_visit} and {@code stage_day} up to date with the STAGE_ENTERED history. Each
 * catch-up derives the visits that ended since an hour before the last one known: history entries
 * are written when they happen, so one that commits late is still inside that overlap, and the key
 * (the ending entry's id) makes the overlap harmless. It then recounts the entries and exits per day
 * from that day on. The first catch-up on an existing history derives all of it once.
 *
 * <p>Catching up is a write, so it runs on a schedule ({@code StageVisitsSchedule}), not in a read.
 * Readers take what is stored before the {@linkplain #watermark() watermark} and derive the few
 * visits after it themselves ({@link #visitsSince}), so an answer is as exact as if it had caught
 * up first.
 */
@Component
public class StageVisits {

  static final Duration OVERLAP = Duration.ofHours(1);

  static final String ENDING =
      """
      from partner_event n
      join partner_event p on p.id = (
        select p2.id from partner_event p2
        where p2.type = 'STAGE_ENTERED' and p2.partner_id = n.partner_id
          and (p2.occurred_at < n.occurred_at or (p2.occurred_at = n.occurred_at and p2.id < n.id))
        order by p2.occurred_at desc, p2.id desc
        limit 1)
      where n.type = 'STAGE_ENTERED' and n.occurred_at >= ?
      """;

  // Each STAGE_ENTERED after the watermark finds the entry it ends with one index probe.
  static final String DERIVE =
      "insert ignore into stage_visit (exit_event_id, partner_id, stage, entered_at, left_at)\n"
          + "select n.id, n.partner_id, p.stage, p.occurred_at, n.occurred_at\n"
          + ENDING;

  static final String VISITS_SINCE = "select p.stage, p.occurred_at as entered_at, n.occurred_at as left_at\n" + ENDING;

  static final String RECOUNT_DAYS =
      """
      insert into stage_day (on_day, stage, entered, exited)
      select on_day, stage, sum(entered), sum(exited) from (
        select cast(occurred_at as date) as on_day, stage, 1 as entered, 0 as exited
        from partner_event where type = 'STAGE_ENTERED' and occurred_at >= ?
        union all
        select cast(left_at as date) as on_day, stage, 0 as entered, 1 as exited
        from stage_visit where left_at >= ?
      ) c
      group by on_day, stage
      """;

  /** A visit that ended: in {@code stage} from {@code enteredAt} until {@code leftAt}. */
  public record Visit(Stage stage, Instant enteredAt, Instant leftAt) {}

  private final JdbcTemplate jdbc;

  public StageVisits(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Derives the visits that ended since the watermark and recounts the days from its day on. */
  @Transactional(propagation = Propagation.REQUIRED)
  public int catchUp() {
    Instant since = watermark();
    int derived = jdbc.update(DERIVE, Utc.of(since));
    Instant day = LocalDate.ofInstant(since, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
    jdbc.update("delete from stage_day where on_day >= ?", LocalDate.ofInstant(day, ZoneOffset.UTC));
    jdbc.update(RECOUNT_DAYS, Utc.of(day), Utc.of(day));
    return derived;
  }

  /**
   * An hour before the last visit's end known (the epoch before the first catch-up): every visit
   * that ended before it is in {@code stage_visit}, and every day before its day in {@code stage_day}.
   */
  public Instant watermark() {
    Instant last =
        jdbc.query("select max(left_at) as last_left from stage_visit", rs -> rs.next() ? Utc.read(rs, "last_left") : null);
    return last == null ? Instant.EPOCH : last.minus(OVERLAP);
  }

  /** The visits that ended at or after {@code since}, derived from the history (not stored). */
  public List<Visit> visitsSince(Instant since) {
    return jdbc.query(
        VISITS_SINCE,
        (rs, row) -> new Visit(Stage.valueOf(rs.getString("stage")), Utc.read(rs, "entered_at"), Utc.read(rs, "left_at")),
        Utc.of(since));
  }
}
