package org.partnerengine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.HttpCookie;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.partnerengine.Requests;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A browser's cookie jar over the test's HTTP client: what the page's script does (log in with the
 * form, echo the XSRF-TOKEN cookie) and what another site's page can make the browser do (send the
 * cookies, but not read them).
 */
final class BrowserSession {

  private final TestRestTemplate http;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private ResponseEntity<JsonNode> last;

  BrowserSession(TestRestTemplate http) {
    this.http = http;
  }

  /** The page's login: a first GET brings the token cookie, then the form POST with it. */
  ResponseEntity<JsonNode> logIn(String username, String password) {
    get("/api/me");
    assertThat(cookie("XSRF-TOKEN")).as("token cookie before the login").isNotNull();
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", username);
    form.add("password", password);
    return send(HttpMethod.POST, "/api/login", form, MediaType.APPLICATION_FORM_URLENCODED, true);
  }

  ResponseEntity<JsonNode> get(String path) {
    return send(HttpMethod.GET, path, null, null, false);
  }

  /** A POST as the page sends it: JSON, with the token header. */
  ResponseEntity<JsonNode> post(String path, Object body) {
    return send(HttpMethod.POST, path, body, MediaType.APPLICATION_JSON, true);
  }

  /** A POST another site's page makes the browser send: the cookies go along, the token does not. */
  ResponseEntity<JsonNode> postWithoutToken(String path, Object body, MediaType type) {
    return send(HttpMethod.POST, path, body, type, false);
  }

  ResponseEntity<JsonNode> send(HttpMethod method, String path, Object body, MediaType type, boolean token) {
    HttpHeaders headers = new HttpHeaders();
    if (type != null) headers.setContentType(type);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    if (!cookies.isEmpty()) {
      headers.add(HttpHeaders.COOKIE, cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; ")));
    }
    if (token && cookie("XSRF-TOKEN") != null) headers.add("X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
    if (!token) headers.add(HttpHeaders.ORIGIN, "https://attacker.example");
    last = http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    for (String set : last.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
      for (HttpCookie c : HttpCookie.parse(set)) {
        if (c.getMaxAge() == 0) cookies.remove(c.getName()); else cookies.put(c.getName(), c.getValue());
      }
    }
    return last;
  }

  String cookie(String name) {
    return cookies.get(name);
  }

  /** The raw Set-Cookie line of the last answer for that cookie. */
  String setCookie(String name) {
    return last.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith(name + "=")).findFirst().orElse(null);
  }

  /** A new applicant's partner id and its approval task, as the approvers see it. */
  static JsonNode approvalTaskOfNewApplicant(TestRestTemplate http, String domain) {
    Map<String, Object> application = Requests.application();
    application.put("companyName", domain + " GmbH");
    application.put("website", "https://www." + domain);
    application.put("contactEmail", "ada@" + domain);
    // A small reseller: the rules send it to an approver.
    application.put("partnerType", "RESELLER");
    application.put("annualRevenue", 500_000);
    application.put("employees", 12);
    ResponseEntity<JsonNode> applied = http.postForEntity("/api/applications", Requests.json(application), JsonNode.class);
    assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long partnerId = applied.getBody().get("partnerId").asLong();
    AtomicReference<JsonNode> found = new AtomicReference<>();
    await().atMost(Duration.ofSeconds(30)).until(() -> {
      JsonNode tasks = http.withBasicAuth("approver", "approver")
          .getForObject("/api/tasks?partnerId=" + partnerId + "&state=CREATED", JsonNode.class).path("content");
      for (JsonNode task : tasks) {
        if ("Task_ApproveApplication".equals(task.path("elementId").asText())) found.set(task);
      }
      return found.get() != null;
    });
    return found.get();
  }
}
