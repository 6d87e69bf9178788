package org.partnerengine.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.partnerengine.account.OneTimeToken;
import org.partnerengine.notification.NotificationOutbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey invitations and answers. One invitation per partner and round; its link works until it
 * expires or is answered, whichever comes first, and the answer counts once. A detractor's answer
 * asks its managers to follow up, once per partner and round.
 */
@Service
public class Surveys {

  public static final String INVITATION_TEMPLATE = "survey-invitation";
  public static final String INVITATION_LINK = "/#/survey/";

  /** What the eligibility rules read about a partner. */
  public record SurveyFacts(String partnerStage, Long daysSinceLastInvitation) {}

  /** What the answer page shows: who is asked, and about what. */
  public record SurveyQuestion(String companyName, Touchpoint touchpoint, Instant expiresAt) {}

  /** A detractor answered: its managers follow up (published inside the answer's transaction). */
  public record DetractorAnswered(long partnerId, long invitationId, String surveyRound, int score) {}

  private final JdbcTemplate jdbc;
  private final NotificationOutbox outbox;
  private final ApplicationEventPublisher events;
  private final FeedbackSettings settings;
  private final Clock clock;

  Surveys(JdbcTemplate jdbc, NotificationOutbox outbox, ApplicationEventPublisher events, FeedbackSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.events = events;
    this.settings = settings;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public SurveyFacts facts(long partnerId) {
    String stage = jdbc.queryForObject("select stage from partner where id = ?", String.class, partnerId);
    Timestamp last = jdbc.queryForObject("select max(invited_at) from survey_invitation where partner_id = ?", Timestamp.class, partnerId);
    Long days = last == null ? null : Duration.between(last.toInstant(), clock.instant()).toDays();
    return new SurveyFacts(stage, days);
  }

  /**
   * Invites the partner to the round's survey: stores the invitation with its token's hash and
   * mails the link. A second call for the same partner and round does nothing.
   *
   * @return whether this call invited the partner
   */
  @Transactional
  public boolean invite(long partnerId, String surveyRound, Touchpoint touchpoint) {
    Integer invited = jdbc.queryForObject(
        "select count(*) from survey_invitation where partner_id = ? and survey_round = ?", Integer.class, partnerId, surveyRound);
    if (invited > 0) {
      return false;
    }
    Map<String, Object> partner = jdbc.queryForMap("select tier, partner_type from partner where id = ?", partnerId);
    OneTimeToken token = OneTimeToken.generate();
    Instant now = clock.instant();
    jdbc.update(
        "insert into survey_invitation (partner_id, survey_round, touchpoint, token_hash, tier, partner_type, invited_at, expires_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)",
        partnerId, surveyRound, touchpoint.name(), token.hash(), partner.get("tier"), partner.get("partner_type"),
        Timestamp.from(now), Timestamp.from(now.plus(settings.linkValidity())));
    outbox.enqueue(partnerId, INVITATION_TEMPLATE, "survey:" + partnerId + ":" + surveyRound, INVITATION_LINK + token.raw());
    return true;
  }

  @Transactional(readOnly = true)
  public SurveyQuestion question(String rawToken) {
    Map<String, Object> invitation = open(rawToken);
    String company = jdbc.queryForObject("select company_name from partner where id = ?", String.class, invitation.get("partner_id"));
    return new SurveyQuestion(company, Touchpoint.valueOf((String) invitation.get("touchpoint")), ((Timestamp) invitation.get("expires_at")).toInstant());
  }

  /** Takes the answer once, while the link is valid. */
  @Transactional
  public void answer(String rawToken, int score, String comment) {
    if (score < 0 || score > 10) {
      throw new IllegalArgumentException("score must be 0 to 10");
    }
    Map<String, Object> invitation = open(rawToken);
    Timestamp now = Timestamp.from(clock.instant());
    long id = ((Number) invitation.get("id")).longValue();
    int answered = jdbc.update(
        "update survey_invitation set answered_at = ?, score = ?, answer_comment = ? where id = ? and answered_at is null and expires_at > ?",
        now, score, comment, id, now);
    if (answered == 0) {
      throw new SurveyAnswered();
    }
    if (Nps.isDetractor(score)) {
      events.publishEvent(new DetractorAnswered(((Number) invitation.get("partner_id")).longValue(), id, (String) invitation.get("survey_round"), score));
    }
  }

  /** The invitation the link names, if it can still be answered. */
  private Map<String, Object> open(String rawToken) {
    if (rawToken == null || !rawToken.matches(OneTimeToken.PATTERN)) {
      throw new SurveyNotFound();
    }
    List<Map<String, Object>> found = jdbc.queryForList(
        "select id, partner_id, survey_round, touchpoint, expires_at, answered_at from survey_invitation where token_hash = ?",
        OneTimeToken.hash(rawToken));
    if (found.isEmpty()) {
      throw new SurveyNotFound();
    }
    Map<String, Object> invitation = found.get(0);
    if (invitation.get("answered_at") != null) {
      throw new SurveyAnswered();
    }
    if (!((Timestamp) invitation.get("expires_at")).toInstant().isAfter(clock.instant())) {
      throw new SurveyExpired();
    }
    return invitation;
  }
}
