package org.partnerengine.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.partnerengine.analytics.TaskAnalytics;
import org.partnerengine.messaging.MessagePublished;
import org.partnerengine.partner.Stage;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Programme gauges and message counters, on {@code /actuator/prometheus}:
 * {@code partner_engine_partners{stage}}, {@code partner_engine_tasks_open},
 * {@code partner_engine_tasks_overdue} and {@code partner_engine_messages_total{message, outcome}}.
 * The gauges read the database at most once per {@link #REFRESH}, however often they are scraped.
 * Incidents are not counted here: neither instance reader keeps a running count, and listing every
 * instance per scrape would cost more than the metric is worth.
 */
@Component
class ProgrammeMetrics {

  static final Duration REFRESH = Duration.ofSeconds(15);

  private final MeterRegistry registry;
  private final JdbcTemplate jdbc;
  private final TaskAnalytics tasks;
  private final Clock clock;
  private Snapshot snapshot;

  private record Snapshot(Instant takenAt, Map<Stage, Long> partners, long openTasks, long overdueTasks) {}

  ProgrammeMetrics(MeterRegistry registry, JdbcTemplate jdbc, TaskAnalytics tasks, Clock clock) {
    this.registry = registry;
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.clock = clock;
    for (Stage stage : Stage.values()) {
      Gauge.builder("partner_engine_partners", this, m -> m.current().partners().getOrDefault(stage, 0L))
          .description("Partners in the stage now")
          .tag("stage", stage.name())
          .register(registry);
    }
    Gauge.builder("partner_engine_tasks_open", this, m -> m.current().openTasks())
        .description("Open user tasks in the inbox")
        .register(registry);
    Gauge.builder("partner_engine_tasks_overdue", this, m -> m.current().overdueTasks())
        .description("Open user tasks past their due date")
        .register(registry);
  }

  @EventListener
  void messagePublished(MessagePublished event) {
    Counter.builder("partner_engine_messages")
        .description("Messages published to the processes, by outcome")
        .tag("message", event.messageName())
        .tag("outcome", event.outcome().name().toLowerCase())
        .register(registry)
        .increment();
  }

  private synchronized Snapshot current() {
    Instant now = clock.instant();
    if (snapshot == null || !snapshot.takenAt().plus(REFRESH).isAfter(now)) {
      Map<Stage, Long> partners = new EnumMap<>(Stage.class);
      jdbc.query(
          "select stage, count(*) as partners from partner group by stage",
          rs -> {
            partners.put(Stage.valueOf(rs.getString("stage")), rs.getLong("partners"));
          });
      long[] openAndOverdue = tasks.openAndOverdue();
      snapshot = new Snapshot(now, partners, openAndOverdue[0], openAndOverdue[1]);
    }
    return snapshot;
  }
}
