package org.partnerengine.prediction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnerengine.analytics.Utc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Monthly snapshots of the active partners, and their labels once two quarters have passed. Every
 * query reads facts strictly before the snapshot's day (the {@code < asOf} bound in each), so a
 * snapshot taken late, or again, says what was known on its day: a back-test never sees the future.
 * Closed deals change no more, so a deal's last update is when it was won or lost; a certificate
 * counts by its issue and expiry dates, not its status now; a lead offer counts once its window
 * closed before the day, when its answer was given.
 */
@Service
public class PartnerSnapshots {

  /** The outcome window: no verified win in it, or offboarded in it, is churn. */
  public static final Duration HORIZON = Duration.ofDays(182);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public PartnerSnapshots(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** The partners ACTIVE at the start of the day: their last stage entered before it, never offboarded before it. */
  public Set<Long> activeAt(LocalDate day) {
    LocalDateTime at = start(day);
    Map<Long, String> lastStage = new HashMap<>();
    jdbc.query(
        "select partner_id, detail from partner_event where type = 'STAGE_ENTERED' and occurred_at < ? order by partner_id, occurred_at, id",
        rs -> {
          lastStage.put(rs.getLong("partner_id"), rs.getString("detail"));
        },
        at);
    Set<Long> offboarded = new HashSet<>(jdbc.queryForList(
        "select distinct partner_id from partner_event where type = 'OFFBOARDED' and occurred_at < ?", Long.class, at));
    Set<Long> active = new HashSet<>();
    lastStage.forEach((partner, stage) -> {
      if ("ACTIVE".equals(stage) && !offboarded.contains(partner)) {
        active.add(partner);
      }
    });
    return active;
  }

  /** The partner's features at the start of the day, if it was active then. */
  public Optional<SnapshotFeatures> features(long partnerId, LocalDate day) {
    if (!activeAt(partnerId, day)) {
      return Optional.empty();
    }
    return Optional.of(read(partnerId, day));
  }

  /**
   * Takes the snapshot of every partner active on each first of a month from {@code from} to the
   * current month that has none yet; answers how many it stored. A second run stores nothing.
   */
  public int takeMissing(LocalDate from) {
    LocalDate month = from.withDayOfMonth(1);
    LocalDate last = LocalDate.now(clock).withDayOfMonth(1);
    int stored = 0;
    for (; !month.isAfter(last); month = month.plusMonths(1)) {
      stored += take(month);
    }
    return stored;
  }

  /** The first of the month of the earliest stage a partner entered: where snapshots can start. */
  public Optional<LocalDate> firstMonth() {
    LocalDateTime first = jdbc.queryForObject(
        "select min(occurred_at) from partner_event where type = 'STAGE_ENTERED' and detail = 'ACTIVE'", LocalDateTime.class);
    return Optional.ofNullable(first).map(at -> at.toLocalDate().withDayOfMonth(1).plusMonths(1));
  }

  int take(LocalDate day) {
    Set<Long> taken = new HashSet<>(jdbc.queryForList("select partner_id from partner_snapshot where as_of = ?", Long.class, day));
    int stored = 0;
    for (long partnerId : activeAt(day).stream().sorted().toList()) {
      if (taken.contains(partnerId)) {
        continue;
      }
      SnapshotFeatures f = read(partnerId, day);
      Integer inserted = transaction.execute(status -> jdbc.update(
          "insert into partner_snapshot (partner_id, as_of, days_since_last_win, wins_last_180_days, win_rate_trend,"
              + " active_certificates, certificate_expiring_soon, mdf_requests_last_180_days, library_views_last_90_days,"
              + " lead_acceptance_rate, nps_score, days_in_stage, taken_at)"
              + " select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from (select 1 as one) x"
              + " where not exists (select 1 from partner_snapshot where partner_id = ? and as_of = ?)",
          partnerId, day, f.daysSinceLastWin(), f.winsLast180Days(), f.winRateTrend(), f.activeCertificates(),
          f.certificateExpiringSoon(), f.mdfRequestsLast180Days(), f.libraryViewsLast90Days(), f.leadAcceptanceRate(),
          f.npsScore(), f.daysInStage(), Utc.of(clock.instant()), partnerId, day));
      stored += inserted == null ? 0 : inserted;
    }
    return stored;
  }

  /**
   * Labels the snapshots whose outcome window has passed: churned when no verified win closed in
   * it, or the partner was offboarded in it. Answers how many it labelled.
   */
  public int labelDue() {
    LocalDate due = LocalDate.ofInstant(clock.instant().minus(HORIZON), ZoneOffset.UTC);
    List<Map<String, Object>> open = jdbc.queryForList(
        "select id, partner_id, as_of from partner_snapshot where churned is null and as_of <= ? order by id", due);
    int labelled = 0;
    for (Map<String, Object> row : open) {
      long partnerId = ((Number) row.get("partner_id")).longValue();
      LocalDate asOf = toDate(row.get("as_of"));
      LocalDateTime from = start(asOf);
      LocalDateTime to = from.plus(HORIZON);
      boolean won = count("select count(*) from deal where partner_id = ? and status = 'WON' and updated_at >= ? and updated_at < ?",
          partnerId, from, to) > 0;
      boolean offboarded = count("select count(*) from partner_event where partner_id = ? and type = 'OFFBOARDED' and occurred_at >= ? and occurred_at < ?",
          partnerId, from, to) > 0;
      labelled += jdbc.update("update partner_snapshot set churned = ?, labelled_at = ? where id = ? and churned is null",
          !won || offboarded, Utc.of(clock.instant()), row.get("id"));
    }
    return labelled;
  }

  private boolean activeAt(long partnerId, LocalDate day) {
    LocalDateTime at = start(day);
    List<String> stage = jdbc.queryForList(
        "select detail from partner_event where partner_id = ? and type = 'STAGE_ENTERED' and occurred_at < ? order by occurred_at desc, id desc limit 1",
        String.class, partnerId, at);
    return !stage.isEmpty() && "ACTIVE".equals(stage.get(0))
        && count("select count(*) from partner_event where partner_id = ? and type = 'OFFBOARDED' and occurred_at < ?", partnerId, at) == 0;
  }

  private SnapshotFeatures read(long partnerId, LocalDate day) {
    LocalDateTime at = start(day);
    LocalDateTime days90 = minusDays(at, 90);
    LocalDateTime days180 = minusDays(at, 180);
    LocalDateTime days360 = minusDays(at, 360);
    LocalDateTime lastWin = jdbc.queryForObject(
        "select max(updated_at) from deal where partner_id = ? and status = 'WON' and updated_at < ?", LocalDateTime.class, partnerId, at);
    int daysSinceLastWin = lastWin == null ? SnapshotFeatures.NO_WIN_DAYS
        : (int) Math.min(SnapshotFeatures.NO_WIN_DAYS, Duration.between(lastWin, at).toDays());
    int wins180 = (int) closed(partnerId, "WON", days180, at);
    BigDecimal trend = rate(wins180, closed(partnerId, "LOST", days180, at))
        .flatMap(recent -> rate(closed(partnerId, "WON", days360, days180), closed(partnerId, "LOST", days360, days180)).map(recent::subtract))
        .orElse(BigDecimal.ZERO);
    int certificates = (int) count(
        "select count(*) from certificate where partner_id = ? and issued_at < ? and expires_at > ? and (expired_at is null or expired_at > ?)",
        partnerId, at, at, at);
    boolean expiringSoon = count(
        "select count(*) from certificate where partner_id = ? and issued_at < ? and expires_at > ? and expires_at <= ?"
            + " and (expired_at is null or expired_at > ?)",
        partnerId, at, at, at.plusDays(90), at) > 0;
    int mdf = (int) count("select count(*) from mdf_request where partner_id = ? and requested_at >= ? and requested_at < ?", partnerId, days180, at);
    int views = (int) count("select count(*) from content_view where partner_id = ? and viewed_at >= ? and viewed_at < ?", partnerId, days90, at);
    long offers = count(
        "select count(*) from lead_offer where partner_id = ? and assigned = false and offered_at >= ? and expires_at < ?", partnerId, days180, at);
    long accepted = count(
        "select count(*) from lead_offer where partner_id = ? and assigned = false and offered_at >= ? and expires_at < ?"
            + " and status in ('ACCEPTED', 'RECLAIMED')", partnerId, days180, at);
    BigDecimal acceptance = offers == 0 ? null : BigDecimal.valueOf(accepted).divide(BigDecimal.valueOf(offers), 4, RoundingMode.HALF_UP);
    List<Integer> nps = jdbc.queryForList(
        "select score from survey_invitation where partner_id = ? and answered_at < ? and score is not null order by answered_at desc limit 1",
        Integer.class, partnerId, at);
    LocalDateTime entered = jdbc.queryForObject(
        "select max(occurred_at) from partner_event where partner_id = ? and type = 'STAGE_ENTERED' and occurred_at < ?",
        LocalDateTime.class, partnerId, at);
    int daysInStage = entered == null ? 0 : (int) Duration.between(entered, at).toDays();
    return new SnapshotFeatures(daysSinceLastWin, wins180, trend, certificates, expiringSoon, mdf, views, acceptance,
        nps.isEmpty() ? null : nps.get(0), daysInStage);
  }

  private long closed(long partnerId, String status, LocalDateTime from, LocalDateTime to) {
    return count("select count(*) from deal where partner_id = ? and status = ? and updated_at >= ? and updated_at < ?", partnerId, status, from, to);
  }

  private static Optional<BigDecimal> rate(long won, long lost) {
    return won + lost == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(won).divide(BigDecimal.valueOf(won + lost), 4, RoundingMode.HALF_UP));
  }

  private long count(String sql, Object... args) {
    Long n = jdbc.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }

  /** The start of the day in UTC, as instants are stored (see {@link Utc}). */
  private static LocalDateTime start(LocalDate day) {
    return day.atStartOfDay();
  }

  private static LocalDateTime minusDays(LocalDateTime at, int days) {
    return at.minusDays(days);
  }

  static LocalDate toDate(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }
}
