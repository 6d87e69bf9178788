package org.partnerengine.security;

import org.partnerengine.PortalUsers;
import java.util.Map;
import org.partnerengine.Mailbox;
import org.partnerengine.Requests;
import org.partnerengine.account.AccountService;
import org.partnerengine.notification.Notifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.Requests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The web page's session login, its CSRF token, and the headers that bind what a browser may do. */
@PartnerEngineTest
class SessionLoginTest {

  @Autowired TestRestTemplate http;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;

  @Test
  void aLoginSetsAnHttpOnlySameSiteSessionCookieThatAnswersForTheUser() {
    BrowserSession browser = new BrowserSession(http);
    ResponseEntity<JsonNode> login = browser.logIn("manager", "manager");

    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(login.getBody().get("username").asText()).isEqualTo("manager");
    assertThat(browser.setCookie("JSESSIONID")).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    assertThat(browser.setCookie("XSRF-TOKEN")).as("a new token for the new session").doesNotContain("HttpOnly");
    ResponseEntity<JsonNode> me = browser.get("/api/me");
    assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(me.getBody().get("roles").toString()).contains("PARTNER_MANAGER");
  }

  @Test
  void eachLoginGetsANewSessionIdAndTwoBrowsersMayBeLoggedInAtOnce() {
    BrowserSession laptop = new BrowserSession(http);
    laptop.logIn("manager", "manager");
    String first = laptop.cookie("JSESSIONID");
    laptop.logIn("manager", "manager");
    BrowserSession phone = new BrowserSession(http);
    phone.logIn("manager", "manager");

    assertThat(laptop.cookie("JSESSIONID")).as("a login never keeps the session id it came with").isNotEqualTo(first);
    assertThat(laptop.get("/api/me").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(phone.get("/api/me").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
    ResponseEntity<JsonNode> wrongPassword = new BrowserSession(http).logIn("manager", "wrong");
    ResponseEntity<JsonNode> unknownUser = new BrowserSession(http).logIn("nobody@nowhere.example", "wrong");

    assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(wrongPassword.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(unknownUser.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(unknownUser.getBody()).isEqualTo(wrongPassword.getBody());
    assertThat(unknownUser.getBody().get("detail").asText()).isEqualTo("Wrong user or password.");
  }

  @Test
  void aSessionPostNeedsTheTokenWhileABasicPostDoesNot() {
    JsonNode task = BrowserSession.approvalTaskOfNewApplicant(http, "session-csrf.example");
    long id = task.get("id").asLong();
    BrowserSession browser = new BrowserSession(http);
    browser.logIn("approver", "approver");

    ResponseEntity<JsonNode> refused = browser.postWithoutToken("/api/tasks/" + id + "/claim", null, null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(refused.getBody().get("detail").asText()).contains("X-XSRF-TOKEN");
    assertThat(approver().getForObject("/api/tasks/" + id, JsonNode.class).path("claimedBy").isMissingNode()).isTrue();

    ResponseEntity<JsonNode> claimed = browser.post("/api/tasks/" + id + "/claim", null);
    assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(approver().getForObject("/api/tasks/" + id, JsonNode.class).path("claimedBy").asText()).isEqualTo("approver");

    ResponseEntity<JsonNode> completed = approver().postForEntity(
        "/api/tasks/" + id + "/complete", Requests.json(Map.of("variables", Map.of("approved", true))), JsonNode.class);
    assertThat(completed.getStatusCode()).as("HTTP Basic needs no token").isEqualTo(HttpStatus.OK);
  }

  @Test
  void afterALogoutTheSessionCookieNoLongerAnswers() {
    BrowserSession browser = new BrowserSession(http);
    browser.logIn("designer", "designer");
    String session = browser.cookie("JSESSIONID");

    assertThat(browser.post("/api/logout", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(browser.cookie("JSESSIONID")).as("the cookie is deleted").isNull();

    BrowserSession replay = new BrowserSession(http);
    replay.get("/api/me");
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + session);
    ResponseEntity<JsonNode> me = http.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    assertThat(me.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void thePageAndTheApiCarryAStrictContentSecurityPolicy() {
    for (String path : new String[] {"/", "/js/app.js", "/api/me"}) {
      HttpHeaders headers = http.getForEntity(path, String.class).getHeaders();
      String policy = headers.getFirst("Content-Security-Policy");
      assertThat(policy).as(path).contains("default-src 'self'", "frame-src 'none'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'");
      String scripts = policy.split("script-src")[1].split(";")[0];
      assertThat(scripts).as("script-src of %s", path).isEqualTo(" 'self'");
      assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("same-origin");
    }
    assertThat(http.getForEntity("/api/me", String.class).getHeaders().getCacheControl()).contains("no-store");
  }

  @Test
  void aChangedPasswordEndsTheOtherSessionsButNotTheBrowserThatChangedIt() {
    long partnerId =
        http.postForEntity("/api/applications", Requests.json(Requests.application()), JsonNode.class).getBody().get("partnerId").asLong();
    String username = PortalUsers.provision(accounts, partnerId, "two-browsers@session.example").getUsername();
    String token = new Mailbox(notifications).invitationToken(partnerId).orElseThrow();
    http.postForEntity("/api/invitations/" + token, Requests.json(Map.of("password", "correct horse 42")), JsonNode.class);
    BrowserSession laptop = new BrowserSession(http);
    BrowserSession stolenPhone = new BrowserSession(http);
    assertThat(laptop.logIn(username, "correct horse 42").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(stolenPhone.logIn(username, "correct horse 42").getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<JsonNode> changed =
        laptop.post("/api/me/password", Map.of("currentPassword", "correct horse 42", "newPassword", "violet tram 71 sings"));

    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(laptop.get("/api/me").getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> ended = stolenPhone.get("/api/me");
    assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(ended.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  private TestRestTemplate approver() {
    return http.withBasicAuth("approver", "approver");
  }
}
