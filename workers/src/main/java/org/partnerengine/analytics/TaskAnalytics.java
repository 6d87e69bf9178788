package org.partnerengine.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open, overdue and completion times per user task type, from the task inbox. Open and overdue
 * are counted from the index (state, element_id, due_date); completion times over the tasks
 * completed in the last {@code partner-engine.analytics.task-window}.
 */
@Component
public class TaskAnalytics {

  /**
   * An answer is reused while no task was created or completed and for at most this long: a claim
   * or a cancellation, and an open task passing its due date, show within it. Recomputing reads
   * every task completed in the window (tens of thousands at 100 000 partners, most of a second).
   */
  static final Duration REUSED_FOR = Duration.ofSeconds(60);

  /**
   * The latest completion, read as the first entry of the (state, completed_at) index from its end:
   * H2 answers "max(completed_at) where state = ..." by reading every completed task (a second at
   * 300 000 tasks), and throws its cached result away on any write to the database.
   */
  static final String LAST_COMPLETED =
      "select completed_at from user_task where state = 'COMPLETED' order by state desc, completed_at desc limit 1";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final AnalyticsSettings settings;
  private final ReusedAnswers<String, List<TaskTypeStats>> answers = new ReusedAnswers<>(REUSED_FOR);

  public TaskAnalytics(JdbcTemplate jdbc, Clock clock, AnalyticsSettings settings) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.settings = settings;
  }

  @Transactional(readOnly = true)
  public List<TaskTypeStats> byTaskType() {
    List<Object> version =
        jdbc.queryForObject(
            "select (select coalesce(max(id), 0) from user_task) as last_task, (" + LAST_COMPLETED + ") as last_completed",
            (rs, row) -> java.util.Arrays.asList(rs.getLong("last_task"), Utc.read(rs, "last_completed")));
    return answers.get("by-task-type", version, this::computeByTaskType);
  }

  private List<TaskTypeStats> computeByTaskType() {
    Instant now = clock.instant();
    Map<String, long[]> open = new TreeMap<>();
    jdbc.query(
        "select element_id, count(*) as open_tasks,"
            + " sum(case when due_date < ? then 1 else 0 end) as overdue_tasks"
            + " from user_task where state = 'CREATED' group by element_id",
        rs -> {
          open.put(rs.getString("element_id"), new long[] {rs.getLong("open_tasks"), rs.getLong("overdue_tasks")});
        },
        Utc.of(now));
    Map<String, List<Duration>> done = new TreeMap<>();
    // The database subtracts (to the microsecond the columns hold): tens of thousands of rows
    // read as two timestamps each cost most of the recompute.
    jdbc.query(
        "select element_id, timestampdiff(MICROSECOND, created_at, completed_at) as micros from user_task"
            + " where state = 'COMPLETED' and completed_at >= ?",
        rs -> {
          done.computeIfAbsent(rs.getString("element_id"), e -> new ArrayList<>())
              .add(Duration.of(rs.getLong("micros"), ChronoUnit.MICROS));
        },
        Utc.of(now.minus(settings.taskWindow())));
    TreeMap<String, TaskTypeStats> result = new TreeMap<>();
    for (String element : union(open.keySet(), done.keySet())) {
      long[] counts = open.getOrDefault(element, new long[2]);
      List<Duration> times = done.getOrDefault(element, new ArrayList<>());
      times.sort(null);
      result.put(element, new TaskTypeStats(element, counts[0], counts[1], times.size(), Percentiles.of(times, 50)));
    }
    return List.copyOf(result.values());
  }

  private static List<String> union(Set<String> a, Set<String> b) {
    TreeSet<String> all = new TreeSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  /** For the metrics: open and overdue tasks over all types. */
  @Transactional(readOnly = true)
  public long[] openAndOverdue() {
    long[] counts = new long[2];
    jdbc.query(
        "select count(*) as open_tasks, coalesce(sum(case when due_date < ? then 1 else 0 end), 0) as overdue_tasks"
            + " from user_task where state = 'CREATED'",
        rs -> {
          counts[0] = rs.getLong("open_tasks");
          counts[1] = rs.getLong("overdue_tasks");
        },
        Utc.of(clock.instant()));
    return counts;
  }
}
