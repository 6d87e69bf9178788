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
 * entry to the partner's next one. A visit counts in the period its end falls in; partners still in
 * a stage are counted as "now", not as visits, so a cycle time is never a guess about the future.
 */
@Component
public class StageAnalytics {

  // Each exit in the period (index type, occurred_at) finds the entry it ends with one index probe
  // (type, partner_id, occurred_at, id): the cost grows with the exits in the period, not the history.
  static final String VISITS_ENDED =
      """
      select p.stage as stage, p.occurred_at as entered_at, n.occurred_at as left_at
      from partner_event n
      join partner_event p on p.id = (
        select p2.id from partner_event p2
        where p2.type = 'STAGE_ENTERED' and p2.partner_id = n.partner_id
          and (p2.occurred_at < n.occurred_at or (p2.occurred_at = n.occurred_at and p2.id < n.id))
        order by p2.occurred_at desc, p2.id desc
        limit 1)
      where n.type = 'STAGE_ENTERED' and n.occurred_at >= ? and n.occurred_at < ?
      """;

  private final JdbcTemplate jdbc;

  public StageAnalytics(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public List<StageCycleTime> cycleTimes(Instant from, Instant to) {
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
              stage, now.getOrDefault(stage, 0L), spent.size(), Percentiles.of(spent, 50), Percentiles.of(spent, 90)));
    }
    return result;
  }
}
