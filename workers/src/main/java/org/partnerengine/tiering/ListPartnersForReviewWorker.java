package org.partnerengine.tiering;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.partnerengine.partner.PartnerIdPage;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists one page of a scheduled review round: the active partners after the cursor (none: a new
 * round from the first partner), the cursor for the next page and whether more follow, a round id
 * that makes each partner's review request unique (the date the round's first page was listed, kept
 * for the round's later pages), and the interval to the next round, read from configuration every
 * page so a changed setting applies without restarting the schedule.
 */
@Component
public class ListPartnersForReviewWorker {

  static final String JOB_TYPE = "tiering.list-partners-for-review";

  private final ActivePartners activePartners;
  private final TieringSettings settings;
  private final Clock clock;

  public ListPartnersForReviewWorker(ActivePartners activePartners, TieringSettings settings, Clock clock) {
    this.activePartners = activePartners;
    this.settings = settings;
    this.clock = clock;
  }

  public record ReviewPage(
      List<Long> partnerIds, Long afterPartnerId, boolean morePartners, String reviewRound, String tierReviewInterval) {}

  @JobWorker(type = JOB_TYPE)
  @Transactional(readOnly = true)
  public ReviewPage list(@Variable(optional = true) Long afterPartnerId, @Variable(optional = true) String reviewRound) {
    int pageSize = settings.reviewPageSize();
    PartnerIdPage page =
        PartnerIdPage.of(activePartners.idsAfter(PartnerIdPage.after(afterPartnerId), Limit.of(pageSize + 1)), pageSize);
    String round = PartnerIdPage.runOf(afterPartnerId, reviewRound, () -> LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString());
    return new ReviewPage(
        page.partnerIds(), page.afterPartnerId(), page.morePartners(), round, settings.reviewInterval().toString());
  }
}
