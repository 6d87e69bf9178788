package org.partnerengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Attacks on the page's session: another site's page makes a logged-in browser send requests with
 * its cookies (cross-site request forgery), or logs the browser in or out. Each is refused with a
 * problem, and nothing changes.
 */
@PartnerEngineTest
class SecurityAttackSessionTest {

  @Autowired TestRestTemplate http;

  @Test
  void aCrossSiteFormPostWithOnlyTheSessionCookieCannotDecideAnApprovalTask() {
    long id = BrowserSession.approvalTaskOfNewApplicant(http, "csrf-form.example").get("id").asLong();
    BrowserSession victim = new BrowserSession(http);
    victim.logIn("approver", "approver");
    JsonNode before = approver().getForObject("/api/tasks/" + id, JsonNode.class);

    // An HTML form on the attacker's page: form-encoded, the cookies attached, no token header.
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("approved", "true");
    assertRefused(victim.postWithoutToken("/api/tasks/" + id + "/claim", form, MediaType.APPLICATION_FORM_URLENCODED));
    assertRefused(victim.postWithoutToken("/api/tasks/" + id + "/complete", "{\"variables\":{\"approved\":true}}", MediaType.TEXT_PLAIN));

    assertThat(approver().getForObject("/api/tasks/" + id, JsonNode.class)).isEqualTo(before);
    assertThat(before.get("state").asText()).isEqualTo("CREATED");
  }

  @Test
  void aGuessedTokenIsRefusedToo() {
    long id = BrowserSession.approvalTaskOfNewApplicant(http, "csrf-guess.example").get("id").asLong();
    BrowserSession victim = new BrowserSession(http);
    victim.logIn("approver", "approver");
    JsonNode before = approver().getForObject("/api/tasks/" + id, JsonNode.class);

    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + victim.cookie("JSESSIONID"));
    headers.add("X-XSRF-TOKEN", "00000000-0000-0000-0000-000000000000");
    ResponseEntity<JsonNode> answer =
        http.exchange("/api/tasks/" + id + "/claim", HttpMethod.POST, new HttpEntity<>(headers), JsonNode.class);

    assertRefused(answer);
    assertThat(approver().getForObject("/api/tasks/" + id, JsonNode.class)).isEqualTo(before);
  }

  @Test
  void anotherSiteCannotLogTheBrowserOut() {
    BrowserSession victim = new BrowserSession(http);
    victim.logIn("manager", "manager");

    assertRefused(victim.postWithoutToken("/api/logout", null, null));

    assertThat(victim.get("/api/me").getStatusCode()).as("still logged in").isEqualTo(HttpStatus.OK);
  }

  @Test
  void anotherSiteCannotLogTheBrowserInAsSomeoneElse() {
    BrowserSession victim = new BrowserSession(http);
    victim.get("/api/me");
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", "designer");
    form.add("password", "designer");

    assertRefused(victim.postWithoutToken("/api/login", form, MediaType.APPLICATION_FORM_URLENCODED));

    assertThat(victim.cookie("JSESSIONID")).as("no session").isNull();
    assertThat(victim.get("/api/me").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private static void assertRefused(ResponseEntity<JsonNode> answer) {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(answer.getBody().get("detail").asText()).contains("X-XSRF-TOKEN");
  }

  private TestRestTemplate approver() {
    return http.withBasicAuth("approver", "approver");
  }
}
