package org.partnerengine;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.partnerengine.account.AccountService;
import org.partnerengine.notification.Notifications;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Signs a partner's agreement as the portal does: open the PDF once onboarding made it, sign its hash. */
public final class AgreementSigning {

  private AgreementSigning() {}

  private static final Duration STEP = Duration.ofSeconds(30);
  private static final String PASSWORD = "correct horse 42";

  /** A new applicant approved by an approver, waiting in onboarding with its agreement generated. */
  public static long partnerInOnboarding(TestRestTemplate http, String domain) {
    Map<String, Object> form = new HashMap<>(Requests.application());
    form.put("companyName", domain.substring(0, 1).toUpperCase() + domain.substring(1, domain.indexOf('.')) + " GmbH");
    form.put("website", "https://www." + domain);
    form.put("contactEmail", "ada@" + domain);
    form.put("partnerType", "RESELLER");
    form.put("annualRevenue", 500_000);
    form.put("employees", 12);
    long partnerId = http.postForEntity("/api/applications", Requests.json(form), JsonNode.class).getBody().get("partnerId").asLong();
    TestRestTemplate approver = http.withBasicAuth("approver", "approver");
    long task =
        await().atMost(STEP).until(() -> taskId(approver, partnerId, "Task_ApproveApplication"), id -> id > 0);
    approver.postForEntity("/api/tasks/" + task + "/claim", null, JsonNode.class);
    approver.postForEntity("/api/tasks/" + task + "/complete", Requests.json(Map.of("variables", Map.of("approved", true))), JsonNode.class);
    TestRestTemplate manager = http.withBasicAuth("manager", "manager");
    await().atMost(STEP).until(
        () -> manager.getForEntity("/api/partners/" + partnerId + "/agreement", byte[].class).getStatusCode() == HttpStatus.OK);
    return partnerId;
  }

  /** A portal user for the partner, invited ahead of the signature and logged in with Basic. */
  public static TestRestTemplate portalUser(
      TestRestTemplate http, AccountService accounts, Notifications notifications, long partnerId, String email) {
    var account = PortalUsers.provision(accounts, partnerId, email);
    String token = new Mailbox(notifications).invitationToken(partnerId).orElseThrow();
    http.postForEntity("/api/invitations/" + token, Requests.json(Map.of("password", PASSWORD)), JsonNode.class);
    return http.withBasicAuth(account.getUsername(), PASSWORD);
  }

  /** The agreement as the client opened it: its bytes and its hash (the ETag). */
  public record Opened(byte[] pdf, String sha256) {}

  public static Opened open(TestRestTemplate client, long partnerId, String lang) {
    ResponseEntity<byte[]> pdf = client.getForEntity("/api/partners/" + partnerId + "/agreement?lang=" + lang, byte[].class);
    if (pdf.getStatusCode() != HttpStatus.OK) {
      throw new AssertionError("Agreement of partner " + partnerId + " answered " + pdf.getStatusCode());
    }
    return new Opened(pdf.getBody(), pdf.getHeaders().getETag().replace("\"", ""));
  }

  private static long taskId(TestRestTemplate approver, long partnerId, String elementId) {
    for (JsonNode task : approver.getForObject("/api/tasks?partnerId=" + partnerId + "&state=CREATED", JsonNode.class).path("content")) {
      if (elementId.equals(task.path("elementId").asText())) {
        return task.get("id").asLong();
      }
    }
    return 0;
  }

  /** Waits until the agreement can be opened, then signs exactly the bytes opened. */
  public static ResponseEntity<JsonNode> openAndSign(TestRestTemplate client, long partnerId) {
    ResponseEntity<byte[]> pdf =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> client.getForEntity("/api/partners/" + partnerId + "/agreement?lang=en", byte[].class),
                r -> r.getStatusCode() == HttpStatus.OK);
    return client.postForEntity(
        "/api/partners/" + partnerId + "/agreement/signature",
        Requests.json(signature(pdf.getHeaders().getETag().replace("\"", ""))),
        JsonNode.class);
  }

  public static Map<String, Object> signature(String documentSha256) {
    return signature(documentSha256, "en");
  }

  public static Map<String, Object> signature(String documentSha256, String language) {
    return Map.of(
        "signerName", "Ada Lovelace",
        "signerTitle", "Managing Director",
        "consent", true,
        "documentSha256", documentSha256,
        "language", language);
  }
}
