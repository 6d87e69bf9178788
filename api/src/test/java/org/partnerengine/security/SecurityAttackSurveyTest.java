package org.partnerengine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerengine.AgreementSigning.partnerInOnboarding;
import static org.partnerengine.AgreementSigning.portalUser;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.Mailbox;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.AccountService;
import org.partnerengine.feedback.FeedbackWorkers;
import org.partnerengine.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Surveys under attack: guessed and malformed links, a replayed answer, an oversized comment, and a
 * partner reaching for the NPS report. Every refusal is a problem response; a stored answer stays.
 */
@PartnerEngineTest
class SecurityAttackSurveyTest {

  @Autowired TestRestTemplate http;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;
  @Autowired FeedbackWorkers workers;
  @Autowired JdbcTemplate jdbc;

  @Test
  void guessedLinksFindNothingAndAStoredAnswerCannotBeReplacedOrReadByAPartner() {
    long partnerId = partnerInOnboarding(http, "survey-attack.example");
    TestRestTemplate partner = portalUser(http, accounts, notifications, partnerId, "ada@survey-attack.example");
    workers.invite(partnerId, "attack-" + partnerId, "RELATIONSHIP");
    String token = new Mailbox(notifications).surveyToken(partnerId).orElseThrow();
    assertThat(http.postForEntity("/api/surveys/" + token, json(Map.of("score", 8)), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    SecureRandom random = new SecureRandom();
    for (int i = 0; i < 20; i++) {
      byte[] bytes = new byte[32];
      random.nextBytes(bytes);
      String guess = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      assertThat(http.postForEntity("/api/surveys/" + guess, json(Map.of("score", 0)), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
    for (String malformed : new String[] {"%2e%2e", "a", token + "x", token.substring(1)}) {
      assertThat(http.getForEntity("/api/surveys/" + malformed, String.class).getStatusCode().is4xxClientError()).as(malformed).isTrue();
    }
    assertThat(http.postForEntity("/api/surveys/" + token, json(Map.of("score", 0)), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(http.postForEntity("/api/surveys/" + token, json(Map.of("score", 1, "comment", "x".repeat(2001))), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(http.postForEntity("/api/surveys/" + token, json(Map.of("score", "ten")), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(partner.getForEntity("/api/analytics/nps", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.queryForObject("select score from survey_invitation where partner_id = ?", Integer.class, partnerId)).isEqualTo(8);
  }
}
