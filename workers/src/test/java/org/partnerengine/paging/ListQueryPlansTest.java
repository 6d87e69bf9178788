package org.partnerengine.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.partnerengine.tasks.TaskState;
import org.partnerengine.tasks.UserTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The pages of the partner list and the inbox are read from an index in order, not sorted: the
 * plans of the statements Hibernate really sends. Asserted on H2, the embedded default; printed on
 * MariaDB, whose optimizer picks by the (here tiny) table sizes.
 */
@DatabaseTest
@TestPropertySource(properties = "spring.jpa.properties.hibernate.session_factory.statement_inspector=org.partnerengine.paging.RecordedStatements")
class ListQueryPlansTest {

  @Autowired Partners partners;
  @Autowired UserTasks tasks;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void aFewHundredPartnersWithAnOpenTaskEach() {
    Timestamp now = Timestamp.from(Instant.parse("2026-03-01T10:00:00Z"));
    String[] stages = {"RECRUIT", "ONBOARD", "ENABLE", "CERTIFY", "ACTIVE"};
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      rows.add(new Object[] {"Plan Partner " + i, "https://plan-" + i + ".example", "plan-" + i + ".example", "c@plan-" + i + ".example", stages[i % 5], now, now});
    }
    jdbc.batchUpdate(
        "insert into partner (company_name, partner_type, country, website, company_domain, contact_name, contact_email,"
            + " annual_revenue, employees, stage, tier, created_at, updated_at, version)"
            + " values (?, 'RESELLER', 'DE', ?, ?, 'Plan Contact', ?, 100000, 10, ?, 'REGISTERED', ?, ?, 0)",
        rows);
    jdbc.update(
        "insert into user_task (job_key, element_id, bpmn_process_id, process_definition_key, process_instance_key, partner_id,"
            + " state, created_at, version)"
            + " select id, 'Task_ApproveApplication', 'partner-recruitment', 1, id, id, case when mod(id, 5) = 0 then 'COMPLETED' else 'CREATED' end, ?, 0"
            + " from partner",
        now);
    jdbc.update("insert into user_task_candidate_group (user_task_id, group_name) select id, 'channel-approvers' from user_task");
    RecordedStatements.SQL.clear();
  }

  @Test
  void aPageOfPartnersInAStageIsReadFromTheStageIndexInOrder() {
    partners.search(Stage.ACTIVE, null, null, null, PageRequest.of(1, 20, Sort.by("id")));

    String plan = explain(pageQuery(), List.of("ACTIVE", 20, 20));
    if (h2()) {
      assertThat(plan).contains("ix_partner_stage").contains("index sorted");
    }
  }

  @Test
  void aPageOfAnApproversInboxIsReadFromTheStateIndexInOrder() {
    tasks.search(TaskState.CREATED, null, null, null, true, "approver", Set.of("channel-approvers"), PageRequest.of(1, 20, Sort.by("id")));

    String plan = explain(pageQuery(), List.of("CREATED", "approver", "channel-approvers", 20, 20));
    if (h2()) {
      assertThat(plan).contains("ix_user_task_state").contains("index sorted");
    }
  }

  private static String pageQuery() {
    return RecordedStatements.SQL.stream().filter(sql -> sql.contains(" order by ")).findFirst().orElseThrow();
  }

  private String explain(String sql, List<Object> args) {
    StringBuilder plan = new StringBuilder();
    for (Map<String, Object> row : jdbc.queryForList("explain " + sql, args.toArray())) {
      plan.append(row.values()).append('\n');
    }
    System.out.println("EXPLAIN " + sql + "\n" + plan);
    return plan.toString().toLowerCase();
  }

  private boolean h2() {
    String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    return product != null && product.toLowerCase().contains("h2");
  }
}
