package org.partnerengine.attention;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.partnerengine.analytics.Utc;
import org.partnerengine.partner.PartnerIdPage;
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

  /** The stages in which a partner can still need attention. */
  static final List<String> REVIEWED_STAGES = List.of("ONBOARD", "ENABLE", "CERTIFY", "ACTIVE");

  /**
   * A page after the cursor: one range of the (stage, id) index per stage, read in index order and
   * cut at a page, then merged by id, so a page reads at most a page per stage however many partners
   * there are. A plain {@code stage in (...) order by id} reads and sorts every working partner after
   * the cursor for every page; {@code order by stage, id} (one stage each) is what H2 reads in index
   * order.
   */
  private static final String PAGE_OF_REVIEWED_PARTNERS =
      REVIEWED_STAGES.stream()
              .map(stage -> "(select id from partner where stage = '" + stage + "' and id > ? order by stage, id limit ?)")
              .collect(Collectors.joining(" union all "))
          + " order by id limit ?";

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

  /**
   * One page of a round: its partners, the cursor and whether more follow, the round (the date the
   * round's first page was listed) and the interval to the next round.
   */
  public record ReviewPage(
      List<Long> partnerIds,
      Long afterPartnerId,
      boolean morePartners,
      String attentionRound,
      String attentionReviewInterval) {}

  /**
   * The next page of partners in a stage that can still need attention, after {@code afterPartnerId}
   * (none: a new round from the first partner). The interval is re-read every page.
   */
  @JobWorker(type = LIST_PARTNERS)
  @Transactional(readOnly = true)
  public ReviewPage listPartners(
      @Variable(optional = true) Long afterPartnerId, @Variable(optional = true) String attentionRound) {
    int pageSize = settings.reviewPageSize();
    List<Object> arguments = new ArrayList<>();
    for (int i = 0; i < REVIEWED_STAGES.size(); i++) {
      arguments.addAll(List.of(PartnerIdPage.after(afterPartnerId), pageSize + 1));
    }
    arguments.add(pageSize + 1);
    PartnerIdPage page = PartnerIdPage.of(jdbc.queryForList(PAGE_OF_REVIEWED_PARTNERS, Long.class, arguments.toArray()), pageSize);
    String round = PartnerIdPage.runOf(afterPartnerId, attentionRound, () -> LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString());
    return new ReviewPage(
        page.partnerIds(), page.afterPartnerId(), page.morePartners(), round, settings.reviewInterval().toString());
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
