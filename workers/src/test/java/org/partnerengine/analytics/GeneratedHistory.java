package org.partnerengine.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * Writes history straight into the tables, with the timestamps a test computes, as the workers
 * would have written it over a year.
 */
public final class GeneratedHistory {

  private final JdbcTemplate jdbc;
  private final SimpleJdbcInsert partners;
  private final SimpleJdbcInsert deals;
  private final SimpleJdbcInsert mdfRequests;
  private final SimpleJdbcInsert userTasks;
  private int sequence;

  private Long contentVersionId;

  public GeneratedHistory(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.partners = new SimpleJdbcInsert(dataSource).withTableName("partner").usingGeneratedKeyColumns("id");
    this.deals = new SimpleJdbcInsert(dataSource).withTableName("deal").usingGeneratedKeyColumns("id");
    this.mdfRequests = new SimpleJdbcInsert(dataSource).withTableName("mdf_request").usingGeneratedKeyColumns("id");
    this.userTasks = new SimpleJdbcInsert(dataSource).withTableName("user_task").usingGeneratedKeyColumns("id");
  }

  public long partner(String stage, String tier, Instant createdAt) {
    int n = ++sequence;
    Map<String, Object> row = new HashMap<>();
    row.put("company_name", "Generated " + n);
    row.put("partner_type", "RESELLER");
    row.put("country", "DE");
    row.put("website", "https://gen" + n + ".example");
    row.put("company_domain", "gen" + n + ".example");
    row.put("contact_name", "Contact " + n);
    row.put("contact_email", "c@gen" + n + ".example");
    row.put("annual_revenue", BigDecimal.TEN);
    row.put("employees", 5);
    row.put("stage", stage);
    row.put("tier", tier);
    row.put("created_at", Utc.of(createdAt));
    row.put("updated_at", Utc.of(createdAt));
    row.put("version", 0);
    return partners.executeAndReturnKey(row).longValue();
  }

  public void stageEntered(long partnerId, String stage, Instant at) {
    jdbc.update(
        "insert into partner_event (partner_id, occurred_at, type, stage, actor, detail, idempotency_key)"
            + " values (?, ?, 'STAGE_ENTERED', ?, 'system', ?, ?)",
        partnerId,
        Utc.of(at),
        stage,
        stage,
        "partner-" + partnerId + ":stage:" + stage + ":" + (++sequence));
  }

  public void event(long partnerId, String type, String stage, Instant at) {
    jdbc.update(
        "insert into partner_event (partner_id, occurred_at, type, stage, actor, detail) values (?, ?, ?, ?, 'system', null)",
        partnerId,
        Utc.of(at),
        type,
        stage);
  }

  /** A deal; {@code closedAt} is its last update (when it was won, lost, expired or rejected). */
  public long deal(
      long partnerId, BigDecimal amount, String status, Instant registeredAt, Instant closedAt, LocalDate expectedClose) {
    int n = ++sequence;
    Map<String, Object> row = new HashMap<>();
    row.put("partner_id", partnerId);
    row.put("customer_name", "Customer " + n);
    row.put("customer_domain", "customer" + n + ".example");
    row.put("amount", amount);
    row.put("currency", "EUR");
    row.put("expected_close_date", expectedClose);
    row.put("status", status);
    row.put("protection_extended", false);
    row.put("registered_at", Utc.of(registeredAt));
    row.put("updated_at", Utc.of(closedAt == null ? registeredAt : closedAt));
    row.put("version", 0);
    return deals.executeAndReturnKey(row).longValue();
  }

  /** Many deals at once (one batch), as {@link #deal} writes each. */
  public void deals(java.util.List<GeneratedDeal> generated) {
    @SuppressWarnings("unchecked")
    Map<String, Object>[] rows = new Map[generated.size()];
    for (int i = 0; i < rows.length; i++) {
      GeneratedDeal d = generated.get(i);
      int n = ++sequence;
      Map<String, Object> row = new HashMap<>();
      row.put("partner_id", d.partnerId());
      row.put("customer_name", "Customer " + n);
      row.put("customer_domain", "customer" + n + ".example");
      row.put("amount", d.amount());
      row.put("currency", "EUR");
      row.put("expected_close_date", d.expectedClose());
      row.put("status", d.status());
      row.put("protection_extended", false);
      row.put("registered_at", Utc.of(d.registeredAt()));
      row.put("updated_at", Utc.of(d.closedAt() == null ? d.registeredAt() : d.closedAt()));
      row.put("version", 0);
      rows[i] = row;
    }
    deals.executeBatch(rows);
  }

  /** Library views by the partner, one row each (on one generated asset). */
  public void libraryViews(long partnerId, java.util.List<Instant> at) {
    if (contentVersionId == null) {
      jdbc.update("insert into content_asset (title, kind, locale, created_by, created_at, updated_at, version)"
          + " values ('Generated deck', 'DOCUMENT', 'en', 'manager', '2024-01-01 00:00:00', '2024-01-01 00:00:00', 0)");
      long asset = jdbc.queryForObject("select max(id) from content_asset", Long.class);
      jdbc.update("insert into content_version (asset_id, number, status, created_by, created_at, version)"
          + " values (?, 1, 'PUBLISHED', 'manager', '2024-01-01 00:00:00', 0)", asset);
      contentVersionId = jdbc.queryForObject("select max(id) from content_version", Long.class);
    }
    long asset = jdbc.queryForObject("select asset_id from content_version where id = ?", Long.class, contentVersionId);
    jdbc.batchUpdate("insert into content_view (asset_id, version_id, partner_id, username, viewed_at) values (?, ?, ?, 'reader', ?)",
        at.stream().map(t -> new Object[] {asset, contentVersionId, partnerId, Utc.of(t)}).toList());
  }

  /** A relationship survey the partner answered with this score. */
  public void surveyAnswer(long partnerId, int score, Instant at) {
    jdbc.update("insert into survey_invitation (partner_id, survey_round, touchpoint, token_hash, partner_type, invited_at, expires_at,"
            + " answered_at, score) values (?, ?, 'RELATIONSHIP', ?, 'RESELLER', ?, ?, ?, ?)",
        partnerId, "round-" + (++sequence), String.format("%064d", sequence), Utc.of(at.minusSeconds(3600)), Utc.of(at.plusSeconds(86400 * 14)),
        Utc.of(at), score);
  }

  public record GeneratedDeal(
      long partnerId, BigDecimal amount, String status, Instant registeredAt, Instant closedAt, LocalDate expectedClose) {}

  public void certificate(long partnerId, String examId, int cycle, String status, Instant issuedAt, Instant expiresAt) {
    jdbc.update(
        "insert into certificate (partner_id, exam_id, certification_cycle, status, issued_at, expires_at, version)"
            + " values (?, ?, ?, ?, ?, ?, 0)",
        partnerId,
        examId,
        cycle,
        status,
        Utc.of(issuedAt),
        Utc.of(expiresAt));
  }

  public void examAttempt(long partnerId, String examId, int cycle, Instant at) {
    jdbc.update(
        "insert into exam_attempt (partner_id, exam_id, certification_cycle, attempt_number, score, pass_mark, passed,"
            + " attempted_at, element_instance_key) values (?, ?, ?, 1, 50, 70, false, ?, ?)",
        partnerId,
        examId,
        cycle,
        Utc.of(at),
        (long) ++sequence);
  }

  /** A funded MDF activity: reserved, claimed and paid. */
  public void paidMdf(long partnerId, LocalDate plannedDate, BigDecimal paid, Instant paidAt) {
    Map<String, Object> row = new HashMap<>();
    row.put("partner_id", partnerId);
    row.put("tier", "SILVER");
    row.put("activity", "Event");
    row.put("amount", paid);
    row.put("planned_date", plannedDate);
    row.put("budget_quarter", "2026-Q1");
    row.put("region_id", jdbc.queryForObject("select id from region where catch_all", Long.class));
    row.put("status", "PAID");
    row.put("reserved_amount", paid);
    row.put("requested_at", Utc.of(paidAt));
    row.put("updated_at", Utc.of(paidAt));
    row.put("version", 0);
    long id = mdfRequests.executeAndReturnKey(row).longValue();
    jdbc.update("insert into mdf_payout (mdf_request_id, amount, paid_at) values (?, ?, ?)", id, paid, Utc.of(paidAt));
  }

  public void tierChange(long partnerId, String from, String to, String reason, Instant at) {
    jdbc.update(
        "insert into tier_change (partner_id, review_key, from_tier, to_tier, proposed_tier, outcome, reason,"
            + " review_trigger, decided_by, decided_at) values (?, ?, ?, ?, ?, 'UPGRADED', ?, 'SCHEDULED', 'rules', ?)",
        partnerId,
        (long) ++sequence,
        from,
        to,
        to,
        reason,
        Utc.of(at));
  }

  /** A task in the inbox: CREATED when {@code completedAt} is null, else COMPLETED. */
  public void userTask(String elementId, Long partnerId, Instant createdAt, Instant dueDate, Instant completedAt) {
    Map<String, Object> row = new HashMap<>();
    row.put("job_key", (long) ++sequence);
    row.put("element_id", elementId);
    row.put("bpmn_process_id", "generated");
    row.put("process_definition_key", 1L);
    row.put("process_instance_key", (long) sequence);
    row.put("partner_id", partnerId);
    row.put("due_date", dueDate == null ? null : Utc.of(dueDate));
    row.put("state", completedAt == null ? "CREATED" : "COMPLETED");
    row.put("created_at", Utc.of(createdAt));
    row.put("completed_at", completedAt == null ? null : Utc.of(completedAt));
    row.put("version", 0);
    userTasks.execute(row);
  }
}
