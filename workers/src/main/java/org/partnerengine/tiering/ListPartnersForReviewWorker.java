package org.partnerengine.tiering;

import io.camunda.client.annotation.JobWorker;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a scheduled review round: the active partners, a round id that makes each partner's review
 * request unique, and the interval to the next round, read from configuration every round so a
 * changed setting applies without restarting the schedule.
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

  public record ReviewRound(List<Long> partnerIds, String reviewRound, String tierReviewInterval) {}

  @JobWorker(type = JOB_TYPE)
  @Transactional(readOnly = true)
  public ReviewRound list() {
    return new ReviewRound(
        activePartners.ids(),
        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString(),
        settings.reviewInterval().toString());
  }
}
