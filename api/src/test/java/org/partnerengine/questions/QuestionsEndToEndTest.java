package org.partnerengine.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.AgreementSigning.partnerInOnboarding;
import static org.partnerengine.AgreementSigning.portalUser;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.AccountService;
import org.partnerengine.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A partner asks from the portal, the group that answers works it in its inbox, a manager shares it. */
@PartnerEngineTest
class QuestionsEndToEndTest {

  private static final Duration STEP = Duration.ofSeconds(30);

  @Autowired TestRestTemplate http;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;

  @Test
  void aQuestionReachesTheGroupThatAnswersItAndTheAnswerReachesThePartner() {
    long partnerId = partnerInOnboarding(http, "asks.example");
    TestRestTemplate partner = portalUser(http, accounts, notifications, partnerId, "ada@asks.example");

    ResponseEntity<JsonNode> asked = partner.postForEntity("/api/partners/" + partnerId + "/questions",
        json(Map.of("topic", "DEALS", "text", "Can we register a deal for a customer we met at a fair?")), JsonNode.class);

    assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long questionId = asked.getBody().path("id").asLong();
    assertThat(asked.getBody().path("status").asText()).isEqualTo("OPEN");
    TestRestTemplate approver = http.withBasicAuth("approver", "approver");
    JsonNode task = await().atMost(STEP).until(() -> answerTask(approver, partnerId), t -> t != null);
    assertThat(task.path("candidateGroups").toString()).contains("channel-approvers");
    assertThat(task.path("subject").path("type").asText()).isEqualTo("question");
    assertThat(approver.getForObject("/api/questions/" + questionId, JsonNode.class).path("text").asText()).contains("met at a fair");
    String taskPath = "/api/tasks/" + task.path("id").asLong();
    assertThat(partner.postForEntity(taskPath + "/claim", null, JsonNode.class).getStatusCode().is4xxClientError()).isTrue();
    assertThat(approver.postForEntity(taskPath + "/claim", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(approver.postForEntity(taskPath + "/complete",
            json(Map.of("variables", Map.of("answer", "Yes: register it now; the fair counts as your first contact."))), JsonNode.class)
            .getStatusCode())
        .isEqualTo(HttpStatus.OK);

    JsonNode answered = await().atMost(STEP).until(
        () -> partner.getForObject("/api/partners/" + partnerId + "/questions/" + questionId, JsonNode.class),
        q -> "ANSWERED".equals(q.path("status").asText()));
    assertThat(answered.path("answer").asText()).startsWith("Yes: register it now");
    assertThat(answered.path("answeredBy").asText()).isEqualTo("approver");
    assertThat(partner.getForObject("/api/partners/" + partnerId + "/questions", JsonNode.class).at("/content/0/id").asLong()).isEqualTo(questionId);
    assertThat(notifications.countByPartnerIdAndTemplate(partnerId, "question-answered")).isEqualTo(1);
    assertThat(partner.getForObject("/api/partners/" + partnerId + "/history", JsonNode.class).findValuesAsText("type"))
        .contains("QUESTION_ASKED", "QUESTION_ANSWERED");

    // A manager shares it, worded for every partner.
    TestRestTemplate manager = http.withBasicAuth("manager", "manager");
    Map<String, Object> entry = Map.of("question", "Can a trade fair contact be registered as a deal?", "answer", "Yes, register it as soon as you can.");
    assertThat(manager.postForEntity("/api/questions/" + questionId + "/faq", json(entry), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(manager.postForEntity("/api/questions/" + questionId + "/faq", json(entry), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    JsonNode faq = partner.getForObject("/api/faq?topic=DEALS", JsonNode.class);
    assertThat(faq.findValuesAsText("question")).contains("Can a trade fair contact be registered as a deal?");
    assertThat(faq.toString()).doesNotContain("asks.example").doesNotContain("met at a fair");
  }

  @Test
  void anUnansweredQuestionCannotBePublishedAndBadQuestionsAreRefused() {
    long partnerId = partnerInOnboarding(http, "asks-badly.example");
    TestRestTemplate partner = portalUser(http, accounts, notifications, partnerId, "ada@asks-badly.example");
    String path = "/api/partners/" + partnerId + "/questions";
    long questionId = partner.postForEntity(path, json(Map.of("topic", "MDF", "text", "How much can we ask for?")), JsonNode.class)
        .getBody().path("id").asLong();

    ResponseEntity<JsonNode> early = http.withBasicAuth("manager", "manager")
        .postForEntity("/api/questions/" + questionId + "/faq", json(Map.of("question", "q", "answer", "a")), JsonNode.class);
    ResponseEntity<JsonNode> unknownTopic = partner.postForEntity(path, json(Map.of("topic", "GOSSIP", "text", "Hello?")), JsonNode.class);
    ResponseEntity<JsonNode> tooLong = partner.postForEntity(path, json(Map.of("topic", "OTHER", "text", "x".repeat(4001))), JsonNode.class);
    ResponseEntity<JsonNode> blank = partner.postForEntity(path, json(Map.of("topic", "OTHER", "text", "  ")), JsonNode.class);

    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(unknownTopic.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLong.getBody().at("/errors/0/field").asText()).isEqualTo("text");
    assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(partner.getForObject(path, JsonNode.class).path("content")).hasSize(1);
  }

  private static JsonNode answerTask(TestRestTemplate user, long partnerId) {
    for (JsonNode task : user.getForObject("/api/tasks?state=CREATED&size=100&partnerId=" + partnerId, JsonNode.class).path("content")) {
      if ("Task_AnswerQuestion".equals(task.path("elementId").asText())) {
        return task;
      }
    }
    return null;
  }
}
