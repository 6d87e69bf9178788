package org.partnerengine.security;

import org.partnerengine.PortalUsers;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.partnerengine.Mailbox;
import org.partnerengine.Requests;
import org.partnerengine.account.AccountService;
import org.partnerengine.notification.Notifications;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Abuse limits: a body too large is refused by the bytes read, not only by what the client
 * announces; password guessing locks the account; the public application form takes a bounded
 * number of applications a minute from one address (with the real default, in its own app).
 */
@PartnerEngineTest
class SecurityAttackLimitsTest {

  private static final String PASSWORD = "correct horse 42";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;
  @Autowired Partners partners;
  @Autowired ObjectMapper json;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void aChunkedBodyOfOneMegabyteIsRefusedWith413AndNothingIsStored() throws Exception {
    long before = partners.count();
    // A valid application start whose company name runs on for a megabyte; the publisher has no
    // length, so the client sends it chunked without Content-Length.
    byte[] head = "{\"partnerType\":\"SYSTEM_INTEGRATOR\",\"country\":\"DE\",\"contactName\":\"Ada\",\"contactEmail\":\"ada@example.com\",\"companyName\":\"".getBytes(StandardCharsets.UTF_8);
    byte[] filler = "A".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/applications"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new SequenceInputStream(
                    new SequenceInputStream(new ByteArrayInputStream(head), new ByteArrayInputStream(filler)),
                    new ByteArrayInputStream(tail))))
            .build();

    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(413);
    assertThat(problem.path("title").asText()).isEqualTo("Request too large");
    assertThat(partners.count()).isEqualTo(before);
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenForTheRightOneAndCostNoPasswordCheck() {
    long partnerId =
        http.postForEntity("/api/applications", Requests.json(Requests.application()), JsonNode.class).getBody().get("partnerId").asLong();
    String username = PortalUsers.provision(accounts, partnerId, "guessed@limits.example").getUsername();
    String token = new Mailbox(notifications).invitationToken(partnerId).orElseThrow();
    assertThat(http.postForEntity("/api/invitations/" + token, Requests.json(Map.of("password", PASSWORD)), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    for (int guess = 1; guess <= 5; guess++) {
      assertThat(me(username, "guess number " + guess + "x").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    ResponseEntity<JsonNode> locked = me(username, PASSWORD);

    assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(locked.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(Long.parseLong(locked.getHeaders().getFirst("Retry-After"))).isBetween(1L, 15 * 60L);
    assertThat(locked.getBody().get("title").asText()).isEqualTo("Too many failed logins");
    // The page's form login is locked alike.
    ResponseEntity<JsonNode> pageLogin =
        send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", "XSRF-TOKEN=t")
            .header("X-XSRF-TOKEN", "t")
            .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + PASSWORD.replace(" ", "+"))));
    assertThat(pageLogin.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    // Other accounts are not locked with it.
    assertThat(http.withBasicAuth("manager", "manager").getForEntity("/api/me", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  /** Through java's own client: TestRestTemplate's waits out a 429's Retry-After and asks again. */
  private ResponseEntity<JsonNode> me(String username, String password) {
    String basic = java.util.Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me")).header("Authorization", "Basic " + basic).GET());
  }

  private ResponseEntity<JsonNode> send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      HttpHeaders headers = new HttpHeaders();
      response.headers().map().forEach(headers::addAll);
      JsonNode body = response.body().isEmpty() ? null : json.readTree(response.body());
      return new ResponseEntity<>(body, headers, HttpStatus.valueOf(response.statusCode()));
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The real default of the application form, in an app of its own so no other test shares its count. */
  @Nested
  @PartnerEngineTest
  @TestPropertySource(properties = "partner-engine.applications.rate-limit.per-minute=20")
  class ApplicationForm {

    @LocalServerPort int port;
    @Autowired Partners partners;
    @Autowired ObjectMapper json;

    @Test
    void takesTwentyApplicationsAMinuteFromOneAddressAndRefusesTheNextWithNothingStored() {
      long before = partners.count();
      int accepted = 0;
      HttpResponse<String> refused = null;
      // A minute may turn over during the run, which opens a new one: go on until one is refused.
      for (int i = 0; i < 41 && refused == null; i++) {
        Map<String, Object> form = Requests.application();
        form.put("website", "https://www.flood-" + i + ".example");
        form.put("contactEmail", "flood@flood-" + i + ".example");
        // java's own client: TestRestTemplate's would wait out the Retry-After and ask again
        HttpResponse<String> answer = post(form);
        if (answer.statusCode() == 429) {
          refused = answer;
        } else {
          accepted++;
        }
      }

      assertThat(refused).isNotNull();
      assertThat(accepted).isBetween(20, 40);
      assertThat(refused.headers().firstValue("Content-Type")).hasValue(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      assertThat(refused.headers().firstValue("Retry-After")).isPresent();
      assertThat(partners.count()).isEqualTo(before + accepted);
    }

    private HttpResponse<String> post(Map<String, Object> form) {
      try {
        return HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/applications"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(form)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
