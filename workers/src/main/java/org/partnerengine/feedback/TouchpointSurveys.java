package org.partnerengine.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnerengine.engine.DecisionEvaluator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Touchpoint surveys: a partner is asked right after a moment that matters to it, read from the
 * record the programme keeps anyway (onboarding done: it entered ENABLE; a certificate issued; an
 * MDF payout). Each moment is claimed once, asked about through the same survey-eligibility
 * decision as the relationship survey (so the 30-day rule holds across both), and its invitation
 * sent in the claim's transaction. Moments older than the lookback are left alone, so a first
 * start does not survey the past.
 */
@Component
public class TouchpointSurveys {

  private static final Logger log = LoggerFactory.getLogger(TouchpointSurveys.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One moment: where it was recorded, for whom, and what it was. */
  record Moment(String source, long sourceId, long partnerId, Touchpoint touchpoint) {}

  private final JdbcTemplate jdbc;
  private final Surveys surveys;
  private final DecisionEvaluator decisions;
  private final TransactionTemplate transaction;
  private final FeedbackSettings settings;
  private final Clock clock;

  TouchpointSurveys(
      JdbcTemplate jdbc, Surveys surveys, DecisionEvaluator decisions, TransactionTemplate transaction, FeedbackSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.surveys = surveys;
    this.decisions = decisions;
    this.transaction = transaction;
    this.settings = settings;
    this.clock = clock;
  }

  @Scheduled(initialDelayString = "${partner-engine.feedback.touchpoint-sweep:PT1M}", fixedDelayString = "${partner-engine.feedback.touchpoint-sweep:PT1M}")
  void sweep() {
    if (!settings.touchpointSurveysEnabled()) {
      return;
    }
    try {
      run();
    } catch (RuntimeException e) {
      log.warn("Touchpoint surveys wait for the next sweep: {}", e.getMessage());
    }
  }

  /** Considers every new moment once; answers how many partners were invited. */
  public int run() {
    int invited = 0;
    for (Moment moment : newMoments()) {
      Boolean asked = transaction.execute(status -> consider(moment));
      if (Boolean.TRUE.equals(asked)) {
        invited++;
      }
    }
    return invited;
  }

  private List<Moment> newMoments() {
    Timestamp since = Timestamp.from(clock.instant().minus(settings.touchpointLookback()));
    List<Moment> moments = new ArrayList<>();
    // One query a type, each a range of the (type, occurred_at) index.
    for (String type : List.of("STAGE_ENTERED", "CERTIFICATE_ISSUED")) {
      jdbc.query(
          "select e.id, e.partner_id, e.stage from partner_event e where e.type = ? and e.occurred_at >= ?"
              + " and not exists (select 1 from survey_touchpoint t where t.source = 'event' and t.source_id = e.id)",
          row -> {
            if (type.equals("CERTIFICATE_ISSUED")) {
              moments.add(new Moment("event", row.getLong(1), row.getLong(2), Touchpoint.CERTIFICATE));
            } else if ("ENABLE".equals(row.getString(3))) {
              // Entering ENABLE is onboarding done.
              moments.add(new Moment("event", row.getLong(1), row.getLong(2), Touchpoint.ONBOARDING));
            }
          },
          type, since);
    }
    jdbc.query(
        "select p.id, r.partner_id from mdf_payout p join mdf_request r on r.id = p.mdf_request_id where p.paid_at >= ?"
            + " and not exists (select 1 from survey_touchpoint t where t.source = 'payout' and t.source_id = p.id)",
        row -> {
          moments.add(new Moment("payout", row.getLong(1), row.getLong(2), Touchpoint.MDF_PAYOUT));
        },
        since);
    // A deal conflict the channel resolved: its registration left REGISTERED, either way.
    jdbc.query(
        "select d.id, d.partner_id from deal d where d.conflicting_deal_id is not null and d.status <> 'REGISTERED' and d.updated_at >= ?"
            + " and not exists (select 1 from survey_touchpoint t where t.source = 'conflict' and t.source_id = d.id)",
        row -> {
          moments.add(new Moment("conflict", row.getLong(1), row.getLong(2), Touchpoint.DEAL_CONFLICT));
        },
        since);
    return moments;
  }

  /** Claims the moment, asks the rules, invites: all or nothing. */
  private boolean consider(Moment moment) {
    Surveys.SurveyFacts facts = surveys.facts(moment.partnerId());
    Map<String, Object> variables = new HashMap<>();
    variables.put("partnerStage", facts.partnerStage());
    variables.put("daysSinceLastInvitation", facts.daysSinceLastInvitation());
    variables.put("touchpoint", moment.touchpoint().name());
    JsonNode decision;
    try {
      decision = JSON.readTree(decisions.evaluate("survey-eligibility", variables));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("survey-eligibility answered no JSON", e);
    }
    boolean invite = decision.path("invite").asBoolean(false);
    try {
      jdbc.update(
          "insert into survey_touchpoint (source, source_id, partner_id, touchpoint, decided_at, invited, reason) values (?, ?, ?, ?, ?, ?, ?)",
          moment.source(), moment.sourceId(), moment.partnerId(), moment.touchpoint().name(), Timestamp.from(clock.instant()), invite,
          decision.path("surveyReason").asText("UNKNOWN"));
    } catch (DuplicateKeyException takenMeanwhile) {
      return false;
    }
    return invite && surveys.invite(moment.partnerId(), "touchpoint-" + moment.source() + "-" + moment.sourceId(), moment.touchpoint());
  }
}
