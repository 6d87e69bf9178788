package org.partnerengine.attention;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.partnerengine.analytics.Utc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The job workers of {@code partner-attention-review} and {@code partner-attention-follow-up}. */
@Component
public class AttentionWorkers {

  static final String LIST_PARTNERS = "attention.list-partners";
  static final String COLLECT_FACTS = "attention.collect-facts";
  static final String RECONCILE = "attention.reconcile";
  static final String RECORD_FOLLOW_UP = "attention.record-follow-up";
  static final String CLOSE_FOLLOW_UP = "attention.close-follow-up";

  private final JdbcTemplate jdbc;
  private final AttentionFactsCollector facts;
  private final AttentionReconciliation reconciliation;
  private final AttentionSettings settings;
  private final Clock clock;

  public AttentionWorkers(
      JdbcTemplate jdbc,
      AttentionFactsCollector facts,
      AttentionReconciliation reconciliation,
      AttentionSettings settings,
      Clock clock) {
    this.jdbc = jdbc;
    this.facts = facts;
    this.reconciliation = reconciliation;
    this.settings = settings;
    this.clock = clock;
  }

  public record ReviewRound(List<Long> partnerIds, String attentionRound, String attentionReviewInterval) {}

  /** Partners in a stage that can still need attention; the interval is re-read every round. */
  @JobWorker(type = LIST_PARTNERS)
  @Transactional(readOnly = true)
  public ReviewRound listPartners() {
    List<Long> ids =
        jdbc.queryForList(
            "select id from partner where stage in ('ONBOARD', 'ENABLE', 'CERTIFY', 'ACTIVE') order by id", Long.class);
    return new ReviewRound(
        ids, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString(), settings.reviewInterval().toString());
  }

  @JobWorker(type = COLLECT_FACTS)
  public AttentionFacts collectFacts(@Variable long partnerId) {
    return facts.factsFor(partnerId);
  }

  /** An array, not a list: the SDK reads a variable into its declared class, and a list's element type is erased. */
  @JobWorker(type = RECONCILE)
  public void reconcile(@Variable long partnerId, @Variable AttentionFinding[] attentionReasons) {
    reconciliation.reconcile(partnerId, attentionReasons == null ? List.of() : List.of(attentionReasons));
  }

  @JobWorker(type = RECORD_FOLLOW_UP)
  public void recordFollowUp(
      @Variable long partnerId,
      @Variable String attentionReason,
      @Variable int attentionRound,
      @Variable String followUpNote) {
    reconciliation.followedUp(partnerId, attentionReason, attentionRound, followUpNote);
  }

  /** The cause cleared and the engine took the task away: the inbox shows it as cancelled at once. */
  @JobWorker(type = CLOSE_FOLLOW_UP)
  @Transactional
  public void closeFollowUp(@ProcessInstanceKey long processInstanceKey) {
    jdbc.update(
        "update user_task set state = 'CANCELED', canceled_at = ?, version = version + 1"
            + " where process_instance_key = ? and state = 'CREATED'",
        Utc.of(clock.instant()),
        processInstanceKey);
  }
}
