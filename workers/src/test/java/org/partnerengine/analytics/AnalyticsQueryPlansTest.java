package org.partnerengine.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints the query plans of the analytics queries (docs/analytics.md keeps a MariaDB run of them)
 * and checks that each reads through its index rather than the whole table.
 */
@DatabaseTest
class AnalyticsQueryPlansTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  @Test
  void theAnalyticsQueriesReadThroughTheirIndexes() {
    GeneratedHistory history = new GeneratedHistory(dataSource);
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    for (int p = 0; p < 50; p++) {
      long id = history.partner("ACTIVE", null, start);
      history.stageEntered(id, "RECRUIT", start.plus(Duration.ofDays(p)));
      history.stageEntered(id, "ONBOARD", start.plus(Duration.ofDays(p + 3)));
      history.event(id, "TRAINING_COMPLETED", "ONBOARD", start.plus(Duration.ofDays(p + 4)));
      history.userTask("Task_ApproveApplication", id, start, start.plus(Duration.ofDays(5)), p % 2 == 0 ? null : start.plus(Duration.ofDays(1)));
    }
    new StageVisits(jdbc).catchUp();
    jdbc.execute(mariaDb() ? "analyze table partner_event, user_task, partner, stage_visit, stage_day" : "analyze");
    Object from = Utc.of(start.plus(Duration.ofDays(10)));
    Object to = Utc.of(start.plus(Duration.ofDays(40)));

    assertUses(StageVisits.DERIVE, List.of(from), "ix_partner_event_type_time", "ix_partner_event_type_partner");
    assertUses(StageVisits.VISITS_SINCE, List.of(from), "ix_partner_event_type_time", "ix_partner_event_type_partner");
    assertUses(StageAnalytics.VISITS_ENDED, List.of(from, to), "ix_stage_visit_left");
    // MariaDB answers a max() from the index end without naming it ("Select tables optimized away").
    String watermark = explain("select max(left_at) as last_left from stage_visit", List.of());
    System.out.println("EXPLAIN select max(left_at) as last_left from stage_visit\n" + watermark);
    assertThat(watermark.toLowerCase()).containsAnyOf("ix_stage_visit_left", "select tables optimized away");
    // The timeline: whole days from stage_day, the rest of a point's day from two index ranges.
    assertUses(StageAnalytics.DAYS_BEFORE, List.of(java.time.LocalDate.parse("2026-02-01")), "primary");
    assertUses(StageAnalytics.ENTERED_BETWEEN, List.of(from, to), "ix_partner_event_type_time");
    assertUses(StageAnalytics.EXITED_BETWEEN, List.of(from, to, to), "ix_stage_visit_left");
    assertUses(
        "select element_id, count(*) as open_tasks, sum(case when due_date < ? then 1 else 0 end) as overdue_tasks"
            + " from user_task where state = 'CREATED' group by element_id",
        List.of(to),
        "ix_user_task_state_element");
    // The task statistics' version: one entry from the index's end, not a pass over every completed task.
    String lastCompleted = explain(TaskAnalytics.LAST_COMPLETED, List.of()).toLowerCase();
    System.out.println("EXPLAIN " + TaskAnalytics.LAST_COMPLETED + "\n" + lastCompleted);
    assertThat(lastCompleted).contains("ix_user_task_state_completed");
    if (!mariaDb()) {
      assertThat(lastCompleted).contains("index sorted");
    }
    assertUses(
        "select element_id, created_at, completed_at from user_task where state = 'COMPLETED' and completed_at >= ?",
        List.of(from),
        "ix_user_task_state_completed");
    assertUses(
        "select count(*) from deal where partner_id = ? and status = ? and updated_at >= ? and updated_at < ?",
        List.of(1L, "WON", from, to),
        "ix_deal_partner_status");
  }

  private void assertUses(String sql, List<Object> args, String... indexes) {
    String plan = explain(sql, args);
    System.out.println("EXPLAIN " + sql.replaceAll("\\s+", " ").strip() + "\n" + plan + "\n");
    for (String index : indexes) {
      assertThat(plan.toLowerCase()).as(sql).contains(index);
    }
  }

  private String explain(String sql, List<Object> args) {
    List<Map<String, Object>> rows = jdbc.queryForList("explain " + sql, args.toArray());
    StringBuilder plan = new StringBuilder();
    for (Map<String, Object> row : rows) {
      plan.append(row.values()).append('\n');
    }
    return plan.toString();
  }

  private boolean mariaDb() {
    String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    return product != null && !product.toLowerCase().contains("h2");
  }
}
