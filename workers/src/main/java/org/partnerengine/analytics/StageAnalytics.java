package org.partnerengine.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.partnerengine.partner.Stage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage cycle times from the partner history: a visit to a stage runs from its {@code STAGE_ENTERED}
 * entry to the partner's next one (derived into {@code stage_visit} by {@link StageVisits}). A visit
 * counts in the period its end falls in; partners still in a stage are counted as "now", not as
 * visits, so a cycle time is never a guess about the future.
 */
@Component
public class StageAnalytics {

  static final String VISITS_ENDED =
      "select stage, entered_at, left_at from stage_visit where left_at >= ? and left_at < ?";

  // Every visit that started before the end of the timeline, with its end (null: still in it).
  static final String VISITS =
      """
      select stage, occurred_at as entered_at,
        lead(occurred_at) over (partition by partner_id order by occurred_at, id) as left_at
      from partner_event
      where type = 'STAGE_ENTERED' and occurred_at < ?
      """;

  private final JdbcTemplate jdbc;
  private final StageVisits stageVisits;

  public StageAnalytics(JdbcTemplate jdbc, StageVisits stageVisits) {
    this.jdbc = jdbc;
    this.stageVisits = stageVisits;
  }

  /** Catches {@code stage_visit} up with the history first, then reads one index range of it. */
  @Transactional
  public List<StageCycleTime> cycleTimes(Instant from, Instant to) {
    stageVisits.catchUp();
    Map<Stage, Long> now = new EnumMap<>(Stage.class);
    jdbc.query(
        "select stage, count(*) as partners from partner group by stage",
        rs -> {
          now.put(Stage.valueOf(rs.getString("stage")), rs.getLong("partners"));
        });
    Map<Stage, List<Duration>> visits = new EnumMap<>(Stage.class);
    jdbc.query(
        VISITS_ENDED,
        rs -> {
          Stage stage = Stage.valueOf(rs.getString("stage"));
          Duration spent = Duration.between(Utc.read(rs, "entered_at"), Utc.read(rs, "left_at"));
          visits.computeIfAbsent(stage, s -> new ArrayList<>()).add(spent);
        },
        Utc.of(from),
        Utc.of(to));
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
   * Partners per stage at {@code from}, {@code from + step}, ... up to {@code to}, replayed from the
   * history (a partner is in the stage of its last STAGE_ENTERED entry at or before the instant).
   * It reads every stage entry before {@code to}: meant for a chart, a few dozen points at a time.
   */
  @Transactional(readOnly = true)
  public List<StageCounts> timeline(Instant from, Instant to, Duration step) {
    List<Instant> points = new ArrayList<>();
    for (Instant at = from; !at.isAfter(to); at = at.plus(step)) {
      points.add(at);
    }
    long[][] counts = new long[points.size()][Stage.values().length];
    jdbc.query(
        VISITS,
        rs -> {
          Stage stage = Stage.valueOf(rs.getString("stage"));
          Instant entered = Utc.read(rs, "entered_at");
          Instant left = Utc.read(rs, "left_at");
          for (int i = 0; i < points.size(); i++) {
            Instant at = points.get(i);
            if (!entered.isAfter(at) && (left == null || left.isAfter(at))) {
              counts[i][stage.ordinal()]++;
            }
          }
        },
        Utc.of(to.plusNanos(1000)));
    List<StageCounts> timeline = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      Map<Stage, Long> partners = new EnumMap<>(Stage.class);
      for (Stage stage : Stage.values()) {
        partners.put(stage, counts[i][stage.ordinal()]);
      }
      timeline.add(new StageCounts(points.get(i), partners));
    }
    return timeline;
  }
}
