package org.partnerengine.feedback;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.partnerengine.partner.PartnerIdPage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The jobs of relationship-survey. */
@Component
public class FeedbackWorkers {

  private final JdbcTemplate jdbc;
  private final Surveys surveys;
  private final FeedbackSettings settings;
  private final Clock clock;

  public FeedbackWorkers(JdbcTemplate jdbc, Surveys surveys, FeedbackSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.surveys = surveys;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * @param surveyRound the round's id, {@code relationship-<date of its first page>}: one
   *     invitation per partner and round however often a page is delivered
   */
  public record SurveyPage(List<Long> partnerIds, Long afterPartnerId, boolean morePartners, String surveyRound, String surveyInterval) {}

  /** One page of the partners after the cursor; rejected applicants never were partners. */
  @JobWorker(type = "feedback.list-partners")
  public SurveyPage listPartners(@Variable(optional = true) Long afterPartnerId, @Variable(optional = true) String surveyRound) {
    int pageSize = settings.pageSize();
    List<Long> ids = jdbc.queryForList(
        "select id from partner where id > ? and stage <> 'REJECTED' order by id limit ?", Long.class, PartnerIdPage.after(afterPartnerId), pageSize + 1);
    PartnerIdPage page = PartnerIdPage.of(ids, pageSize);
    String round = PartnerIdPage.runOf(
        afterPartnerId, surveyRound, () -> "relationship-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    return new SurveyPage(page.partnerIds(), page.afterPartnerId(), page.morePartners(), round, settings.surveyInterval().toString());
  }

  @JobWorker(type = "feedback.survey-facts")
  public Surveys.SurveyFacts surveyFacts(@Variable long partnerId) {
    return surveys.facts(partnerId);
  }

  @JobWorker(type = "feedback.invite")
  public void invite(@Variable long partnerId, @Variable String surveyRound, @Variable String touchpoint) {
    surveys.invite(partnerId, surveyRound, Touchpoint.valueOf(touchpoint));
  }
}
