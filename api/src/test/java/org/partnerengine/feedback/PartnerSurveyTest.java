package org.partnerengine.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.AgreementSigning.partnerInOnboarding;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.Mailbox;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A partner survey from the invitation to the closed loop, on the embedded engine: the link from the
 * mail answers once without a login, an expired link is gone, and a detractor's answer brings its
 * manager a follow-up task whose note reaches the partner.
 */
@PartnerEngineTest
class PartnerSurveyTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired TestRestTemplate http;
  @Autowired Notifications notifications;
  @Autowired FeedbackWorkers workers;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theLinkAnswersOnceWithoutALoginAndAPromoterRaisesNothing() {
    long partnerId = partnerInOnboarding(http, "survey-promoter.example");
    workers.invite(partnerId, "relationship-test-" + partnerId, "RELATIONSHIP");
    workers.invite(partnerId, "relationship-test-" + partnerId, "RELATIONSHIP");
    Mailbox mailbox = new Mailbox(notifications);
    assertThat(mailbox.count(partnerId, Surveys.INVITATION_TEMPLATE)).as("one invitation per round").isEqualTo(1);
    String token = mailbox.surveyToken(partnerId).orElseThrow();

    JsonNode question = http.getForObject("/api/surveys/" + token, JsonNode.class);
    assertThat(question.get("companyName").asText()).isEqualTo("Survey-promoter GmbH");
    assertThat(question.get("touchpoint").asText()).isEqualTo("RELATIONSHIP");
    assertThat(http.postForEntity("/api/surveys/" + token, json(Map.of("score", 11)), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    ResponseEntity<String> answered = http.postForEntity("/api/surveys/" + token, json(Map.of("score", 9, "comment", "Good support")), String.class);
    ResponseEntity<JsonNode> again = http.postForEntity("/api/surveys/" + token, json(Map.of("score", 0)), JsonNode.class);

    assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(http.getForEntity("/api/surveys/" + token, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(jdbc.queryForObject("select score from survey_invitation where partner_id = ?", Integer.class, partnerId)).isEqualTo(9);
    assertThat(attentionRows(partnerId)).isZero();
    assertThat(http.getForEntity("/api/surveys/" + "x".repeat(43), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity("/api/surveys/not-a-token", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anExpiredLinkIsGoneAndStoresNothing() {
    long partnerId = partnerInOnboarding(http, "survey-late.example");
    workers.invite(partnerId, "relationship-test-" + partnerId, "RELATIONSHIP");
    String token = new Mailbox(notifications).surveyToken(partnerId).orElseThrow();
    jdbc.update("update survey_invitation set expires_at = ? where partner_id = ?", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), partnerId);

    assertThat(http.getForEntity("/api/surveys/" + token, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.GONE);
    assertThat(http.postForEntity("/api/surveys/" + token, json(Map.of("score", 3)), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.GONE);
    assertThat(jdbc.queryForObject("select count(*) from survey_invitation where partner_id = ? and answered_at is not null", Integer.class, partnerId))
        .isZero();
  }

  @Test
  void aDetractorGetsOneFollowUpPerRoundAndIsToldWhatWasDone() {
    long partnerId = partnerInOnboarding(http, "survey-detractor.example");
    workers.invite(partnerId, "relationship-a-" + partnerId, "RELATIONSHIP");
    Mailbox mailbox = new Mailbox(notifications);
    String first = mailbox.surveyToken(partnerId).orElseThrow();
    assertThat(http.postForEntity("/api/surveys/" + first, json(Map.of("score", 3, "comment", "Slow payouts")), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    long taskId = await().atMost(WAIT).until(() -> openFollowUp(partnerId), id -> id != null);

    // A touchpoint survey answered as a detractor while the follow-up is still open: the same follow-up.
    workers.invite(partnerId, "touchpoint-b-" + partnerId, "MDF_PAYOUT");
    String second = mailbox.surveyToken(partnerId).orElseThrow();
    assertThat(second).isNotEqualTo(first);
    http.postForEntity("/api/surveys/" + second, json(Map.of("score", 5)), String.class);
    assertThat(followUpTasks(partnerId)).isEqualTo(1);

    TestRestTemplate manager = http.withBasicAuth("manager", "manager");
    assertThat(manager.postForEntity("/api/tasks/" + taskId + "/claim", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(manager.postForEntity("/api/tasks/" + taskId + "/complete",
        json(Map.of("variables", Map.of("followUpNote", "Called them; payouts now run weekly"))), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    await().atMost(WAIT).until(() -> mailbox.count(partnerId, DetractorFollowUps.TOLD_TEMPLATE) == 2);
    assertThat(jdbc.queryForList("select follow_up_note from survey_invitation where partner_id = ?", String.class, partnerId))
        .containsOnly("Called them; payouts now run weekly");

    // The next round's detractor answer gets a follow-up of its own.
    workers.invite(partnerId, "relationship-c-" + partnerId, "RELATIONSHIP");
    http.postForEntity("/api/surveys/" + mailbox.surveyToken(partnerId).orElseThrow(), json(Map.of("score", 2)), String.class);
    await().atMost(WAIT).until(() -> followUpTasks(partnerId) == 2);

    JsonNode nps = manager.getForObject("/api/analytics/nps?by=TOUCHPOINT&from=" + LocalDate.now(ZoneOffset.UTC).minusDays(1), JsonNode.class);
    assertThat(nps.get("detractorsFollowedUp").asInt()).isGreaterThanOrEqualTo(3);
    assertThat(nps.get("followUpsClosed").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(nps.get("groups").findValuesAsText("group")).contains("RELATIONSHIP");
  }

  private Long openFollowUp(long partnerId) {
    return jdbc.query(
        "select id from user_task where partner_id = ? and element_id = 'Task_FollowUpPartner' and state = 'CREATED'",
        rs -> rs.next() ? rs.getLong(1) : null,
        partnerId);
  }

  private int followUpTasks(long partnerId) {
    return jdbc.queryForObject(
        "select count(*) from user_task where partner_id = ? and element_id = 'Task_FollowUpPartner'", Integer.class, partnerId);
  }

  private int attentionRows(long partnerId) {
    return jdbc.queryForObject("select count(*) from partner_attention where partner_id = ?", Integer.class, partnerId);
  }
}
