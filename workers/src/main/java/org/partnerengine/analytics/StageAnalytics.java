package org.partnerengine.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.partnerengine.partner.Stage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage cycle times from the partner history: a visit to a stage runs from its {@code STAGE_ENTERED}
 * entry to the partner's next one (derived into {@code stage_visit} by {@link StageVisits}). A visit
 * counts in the period its end falls in; partners still in a stage are counted as "now", not as
 * visits, so a cycle time is never a guess about the future.
 *
 * <p>Reads never write: what ended before the {@linkplain StageVisits#watermark() watermark} is read
 * from {@code stage_visit} / {@code stage_day}, what ended after it (the last hour or so, when the
 * scheduled catch-up runs) is derived from the history on the fly.
 */
@Component
public class StageAnalytics {

  static final String VISITS_ENDED =
      "select stage, entered_at, left_at from stage_visit where left_at >= ? and left_at < ?";

  static final String DAYS_BEFORE = "select on_day, stage, entered, exited from stage_day where on_day < ?";

  static final String ENTERED_BETWEEN =
      "select stage, count(*) as entries from partner_event where type = 'STAGE_ENTERED'"
          + " and occurred_at >= ? and occurred_at <= ? group by stage";

  static final String EXITED_BETWEEN =
      "select stage, count(*) as exits from stage_visit where left_at >= ? and left_at <= ? and left_at < ? group by stage";

  /** At most this long an answer is reused while the history has not grown (see {@link ReusedAnswers}). */
  static final Duration REUSED_FOR = Duration.ofMinutes(1);

  private final JdbcTemplate jdbc;
  private final StageVisits stageVisits;
  private final ReusedAnswers<List<Object>, List<StageCycleTime>> cycleTimeAnswers = new ReusedAnswers<>(REUSED_FOR);
  private final ReusedAnswers<List<Object>, List<StageCounts>> timelineAnswers = new ReusedAnswers<>(REUSED_FOR);

  public StageAnalytics(JdbcTemplate jdbc, StageVisits stageVisits) {
    this.jdbc = jdbc;
    this.stageVisits = stageVisits;
  }

  /** The stored visits that ended before the watermark, and the later ones derived from the history. */
  @Transactional(readOnly = true)
  public List<StageCycleTime> cycleTimes(Instant from, Instant to) {
    Instant watermark = stageVisits.watermark();
    return cycleTimeAnswers.get(List.of(from, to), version(watermark), () -> cycleTimes(from, to, watermark));
  }

  /**
   * What an answer was computed from: the highest history and partner ids (a stage change writes a
   * STAGE_ENTERED entry, a new partner a row) and the watermark.
   */
  private List<Object> version(Instant watermark) {
    return jdbc.queryForObject(
        "select (select coalesce(max(id), 0) from partner_event) as last_event, (select coalesce(max(id), 0) from partner) as last_partner",
        (rs, row) -> List.of(rs.getLong("last_event"), rs.getLong("last_partner"), watermark));
  }

  private List<StageCycleTime> cycleTimes(Instant from, Instant to, Instant watermark) {
    Map<Stage, Long> now = new EnumMap<>(Stage.class);
    jdbc.query(
        "select stage, count(*) as partners from partner group by stage",
        rs -> {
          now.put(Stage.valueOf(rs.getString("stage")), rs.getLong("partners"));
        });
    Map<Stage, List<Duration>> visits = new EnumMap<>(Stage.class);
    Instant storedTo = to.isBefore(watermark) ? to : watermark;
    if (from.isBefore(storedTo)) {
      jdbc.query(
          VISITS_ENDED,
          rs -> {
            Stage stage = Stage.valueOf(rs.getString("stage"));
            Duration spent = Duration.between(Utc.read(rs, "entered_at"), Utc.read(rs, "left_at"));
            visits.computeIfAbsent(stage, s -> new ArrayList<>()).add(spent);
          },
          Utc.of(from),
          Utc.of(storedTo));
    }
    if (to.isAfter(watermark)) {
      for (StageVisits.Visit visit : stageVisits.visitsSince(watermark)) {
        if (!visit.leftAt().isBefore(from) && visit.leftAt().isBefore(to)) {
          visits.computeIfAbsent(visit.stage(), s -> new ArrayList<>()).add(Duration.between(visit.enteredAt(), visit.leftAt()));
        }
      }
    }
    List<StageCycleTime> result = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      List<Duration> spent = new ArrayList<>(visits.getOrDefault(stage, List.of()));
      spent.sort(null);
      result.add(
          new StageCycleTime(
              stage,
              now.getOrDefault(stage, 0L),
              spent.size(),
              Percentiles.of(spent, 50),
              Percentiles.of(spent, 90),
              StageCycleTime.histogram(spent)));
    }
    return result;
  }

  /** Partners per stage at one instant. */
  public record StageCounts(Instant at, Map<Stage, Long> partners) {}

  /**
   * Partners per stage at {@code from}, {@code from + step}, ... up to {@code to}: a partner is in the
   * stage of its last STAGE_ENTERED entry at or before the instant, so the partners in a stage at
   * {@code t} are its entries at or before {@code t} less its exits (visits ended) at or before
   * {@code t}. Whole days before the watermark's day come from the daily counts in {@code stage_day};
   * the rest of each point's day (and, after the watermark, the days since) from one index range of
   * entries and one of exits, the exits after the watermark derived from the history.
   */
  @Transactional(readOnly = true)
  public List<StageCounts> timeline(Instant from, Instant to, Duration step) {
    Instant watermark = stageVisits.watermark();
    return timelineAnswers.get(List.of(from, to, step), version(watermark), () -> timeline(from, to, step, watermark));
  }

  private List<StageCounts> timeline(Instant from, Instant to, Duration step, Instant watermark) {
    LocalDate watermarkDay = LocalDate.ofInstant(watermark, ZoneOffset.UTC);
    List<Instant> points = new ArrayList<>();
    for (Instant at = from; !at.isAfter(to); at = at.plus(step)) {
      points.add(at);
    }
    int stages = Stage.values().length;
    // Net change (entries - exits) per day before the watermark's day, in day order.
    TreeMap<LocalDate, long[]> days = new TreeMap<>();
    jdbc.query(
        DAYS_BEFORE,
        rs -> {
          long[] net = days.computeIfAbsent(rs.getObject("on_day", LocalDate.class), d -> new long[stages]);
          net[Stage.valueOf(rs.getString("stage")).ordinal()] += rs.getLong("entered") - rs.getLong("exited");
        },
        watermarkDay);
    List<StageVisits.Visit> recent =
        points.isEmpty() || points.getLast().isBefore(watermark) ? List.of() : stageVisits.visitsSince(watermark);
    long[] base = new long[stages];
    Iterator<Map.Entry<LocalDate, long[]>> daysInOrder = days.entrySet().iterator();
    Map.Entry<LocalDate, long[]> nextDay = daysInOrder.hasNext() ? daysInOrder.next() : null;
    List<StageCounts> timeline = new ArrayList<>();
    for (Instant at : points) {
      LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
      LocalDate upTo = day.isBefore(watermarkDay) ? day : watermarkDay;
      while (nextDay != null && nextDay.getKey().isBefore(upTo)) {
        for (int s = 0; s < stages; s++) {
          base[s] += nextDay.getValue()[s];
        }
        nextDay = daysInOrder.hasNext() ? daysInOrder.next() : null;
      }
      long[] counts = base.clone();
      Instant rest = upTo.atStartOfDay(ZoneOffset.UTC).toInstant();
      jdbc.query(
          ENTERED_BETWEEN,
          rs -> {
            counts[Stage.valueOf(rs.getString("stage")).ordinal()] += rs.getLong("entries");
          },
          Utc.of(rest),
          Utc.of(at));
      jdbc.query(
          EXITED_BETWEEN,
          rs -> {
            counts[Stage.valueOf(rs.getString("stage")).ordinal()] -= rs.getLong("exits");
          },
          Utc.of(rest),
          Utc.of(at),
          Utc.of(watermark));
      for (StageVisits.Visit visit : recent) {
        if (!visit.leftAt().isAfter(at) && !visit.leftAt().isBefore(watermark)) {
          counts[visit.stage().ordinal()]--;
        }
      }
      Map<Stage, Long> partners = new EnumMap<>(Stage.class);
      for (Stage stage : Stage.values()) {
        partners.put(stage, counts[stage.ordinal()]);
      }
      timeline.add(new StageCounts(at, partners));
    }
    return timeline;
  }
}
