package org.partnerengine.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.partnerengine.analytics.TaskAnalytics;
import org.partnerengine.cosell.CoSellStatus;
import org.partnerengine.cosell.SplitStatus;
import org.partnerengine.messaging.MessagePublished;
import org.partnerengine.leads.LeadStatus;
import org.partnerengine.leads.OfferStatus;
import org.partnerengine.partner.Stage;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Programme gauges and message counters, on {@code /actuator/prometheus}:
 * {@code partner_engine_partners{stage}}, {@code partner_engine_tasks_open},
 * {@code partner_engine_tasks_overdue}, {@code partner_engine_leads{status}},
 * {@code partner_engine_lead_offers{status}} (EXPIRED: an acceptance window passed unanswered;
 * RECLAIMED: a taken lead went quiet and was taken back, the two ways a lead's time runs out),
 * {@code partner_engine_co_sell_requests{status}}, {@code partner_engine_co_sell_requests_overdue}
 * (open past direct sales' SLA), {@code partner_engine_revenue_splits{status}} and
 * {@code partner_engine_messages_total{message, outcome}}.
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

  private record Snapshot(
      Instant takenAt,
      Map<Stage, Long> partners,
      long openTasks,
      long overdueTasks,
      Map<String, Long> leads,
      Map<String, Long> offers,
      Map<String, Long> coSellRequests,
      long coSellOverdue,
      Map<String, Long> splits) {}

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
    for (LeadStatus status : LeadStatus.values()) {
      Gauge.builder("partner_engine_leads", this, m -> m.current().leads().getOrDefault(status.name(), 0L))
          .description("Leads in the status now")
          .tag("status", status.name())
          .register(registry);
    }
    for (OfferStatus status : OfferStatus.values()) {
      Gauge.builder("partner_engine_lead_offers", this, m -> m.current().offers().getOrDefault(status.name(), 0L))
          .description("Lead offers in the status: EXPIRED and RECLAIMED are the leads whose time ran out")
          .tag("status", status.name())
          .register(registry);
    }
    coSellingGauges();
  }

  private void coSellingGauges() {
    for (CoSellStatus status : CoSellStatus.values()) {
      Gauge.builder("partner_engine_co_sell_requests", this, m -> m.current().coSellRequests().getOrDefault(status.name(), 0L))
          .description("Co-sell requests in the status now")
          .tag("status", status.name())
          .register(registry);
    }
    Gauge.builder("partner_engine_co_sell_requests_overdue", this, m -> m.current().coSellOverdue())
        .description("Open co-sell requests past direct sales' answer SLA")
        .register(registry);
    for (SplitStatus status : SplitStatus.values()) {
      Gauge.builder("partner_engine_revenue_splits", this, m -> m.current().splits().getOrDefault(status.name(), 0L))
          .description("Revenue splits in the status now")
          .tag("status", status.name())
          .register(registry);
    }
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

  /** Rows of the table by status; the table name is this class's constant, never input. */
  private Map<String, Long> counts(String table) {
    Map<String, Long> byStatus = new HashMap<>();
    jdbc.query("select status, count(*) as n from " + table + " group by status", rs -> {
      byStatus.put(rs.getString("status"), rs.getLong("n"));
    });
    return byStatus;
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
      Long coSellOverdue =
          jdbc.queryForObject("select count(*) from co_sell_request where status = 'OPEN' and overdue_at is not null", Long.class);
      snapshot = new Snapshot(now, partners, openAndOverdue[0], openAndOverdue[1], counts("sales_lead"), counts("lead_offer"),
          counts("co_sell_request"), coSellOverdue == null ? 0 : coSellOverdue, counts("deal_split"));
    }
    return snapshot;
  }
}
