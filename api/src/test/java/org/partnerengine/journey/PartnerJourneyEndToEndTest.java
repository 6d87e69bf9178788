package org.partnerengine.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.partnerengine.AgreementSigning;
import org.partnerengine.Mailbox;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.notification.Notifications;
import org.partnerengine.partner.HistoryWording;
import org.partnerengine.Requests;
import org.partnerengine.enablement.Enrolment;
import org.partnerengine.enablement.Enrolments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * One partner's whole life through the public API, with the real processes, workers and inbox:
 * applied, approved by a channel approver, onboarded (signature, tax form, banking details,
 * kickoff), trained, certified, then as a partner user registering and winning a deal (re-tiered
 * upwards), requesting and claiming market development funds, and finally offboarded. A second
 * application, from a sanctioned country, is rejected.
 */
@PartnerEngineTest
class PartnerJourneyEndToEndTest {

  private static final Duration STEP = Duration.ofSeconds(30);

  @Autowired TestRestTemplate http;
  @Autowired Enrolments enrolments;
  @Autowired Notifications notifications;
  @Autowired HistoryWording wording;

  @Test
  void aPartnerGoesFromApplicationToCertifiedToIncentivesToOffboarded() {
    long partnerId = apply(reviewedApplication("journey.example", "BR"));

    // Recruit: screening asks for a review, a channel approver approves.
    JsonNode approval = awaitTask(approver(), partnerId, "Task_ApproveApplication");
    claimAndComplete(approver(), approval, Map.of("approved", true, "decisionReason", "Strong regional reseller"));
    awaitStage(partnerId, "ONBOARD");

    // Onboard: agreement signed, tax form in, finance verifies the bank, the kickoff is held.
    assertThat(AgreementSigning.openAndSign(manager(), partnerId).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(manager().postForEntity("/api/partners/" + partnerId + "/tax-form", null, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    claimAndComplete(finance(), awaitTask(finance(), partnerId, "Task_VerifyBankingDetails"), Map.of("bankingDetailsVerified", true));
    claimAndComplete(manager(), awaitTask(manager(), partnerId, "Task_HoldKickoffCall"), Map.of("kickoffHeldOn", "2026-11-20"));
    awaitStage(partnerId, "ENABLE");

    // Enable: every required course of the curriculum completed, in reverse order, as the training
    // platform reports them.
    await().atMost(STEP).until(() -> !enrolments.findByPartnerIdOrderByCourseId(partnerId).isEmpty());
    List<String> courses = enrolments.findByPartnerIdOrderByCourseId(partnerId).stream().map(Enrolment::getCourseId).toList();
    for (String course : courses.reversed()) {
      assertThat(trainingPlatform().postForEntity("/api/partners/" + partnerId + "/training-completions", json(Map.of("courseId", course)), JsonNode.class).getStatusCode())
          .isEqualTo(HttpStatus.ACCEPTED);
    }
    awaitStage(partnerId, "CERTIFY");

    // Certify: one failed sitting, then a pass issues the certificate and the partner is active.
    trainingPlatform().postForEntity("/api/partners/" + partnerId + "/exam-results", json(Map.of("examId", "sales-certification", "score", 40, "attempt", 1)), JsonNode.class);
    trainingPlatform().postForEntity("/api/partners/" + partnerId + "/exam-results", json(Map.of("examId", "sales-certification", "score", 88, "attempt", 2)), JsonNode.class);
    awaitStage(partnerId, "ACTIVE");
    JsonNode partner = manager().getForObject("/api/partners/" + partnerId, JsonNode.class);
    assertThat(partner.at("/certificates/0/status").asText()).isEqualTo("ACTIVE");
    assertThat(partner.at("/certificates/0/number").asText()).startsWith("PE-");

    // The partner accepts the invitation from its mail and acts for itself from now on; the
    // manager sees that an invitation is pending, never its token.
    assertThat(partner.at("/invitation/status").asText()).isEqualTo("PENDING");
    assertThat(partner.at("/invitation/token").isMissingNode()).isTrue();
    String token = new Mailbox(notifications).invitationToken(partnerId).orElseThrow();
    assertThat(http.postForEntity("/api/invitations/" + token, json(Map.of("password", "Journey-Passw0rd!")), JsonNode.class).getStatusCode().is2xxSuccessful())
        .isTrue();
    TestRestTemplate self = http.withBasicAuth("ada@journey.example", "Journey-Passw0rd!");

    // Incentivize: a deal is registered, approved (no conflict) and won big: once the channel has
    // confirmed the win the partner reported, the tier goes up.
    ResponseEntity<JsonNode> deal =
        self.postForEntity(
            "/api/partners/" + partnerId + "/deals",
            json(Map.of("customerName", "Globex", "customerDomain", "globex.example", "amount", 300000, "expectedCloseDate", LocalDate.now().plusMonths(2).toString())),
            JsonNode.class);
    assertThat(deal.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    long dealId = deal.getBody().get("dealId").asLong();
    await().atMost(STEP).until(() -> "APPROVED".equals(dealStatus(self, partnerId, dealId)));
    assertThat(self.postForEntity("/api/deals/" + dealId + "/outcome", json(Map.of("outcome", "WON", "amount", 300000)), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    claimAndComplete(approver(), awaitTask(approver(), partnerId, "Task_VerifyWonDeal"), Map.of("confirmed", true, "comment", "Signed order from Globex"));
    await().atMost(STEP).until(() -> "SILVER".equals(manager().getForObject("/api/partners/" + partnerId, JsonNode.class).path("tier").asText()));
    JsonNode tierHistory = self.getForObject("/api/partners/" + partnerId + "/tier-history", JsonNode.class);
    assertThat(tierHistory.findValuesAsText("toTier")).contains("SILVER");

    // Market development funds: requested, approved by the channel, claimed, verified and paid.
    ResponseEntity<JsonNode> mdf =
        self.postForEntity(
            "/api/partners/" + partnerId + "/mdf-requests",
            json(Map.of("activity", "Joint webinar", "amount", 3000, "plannedDate", LocalDate.now().plusDays(30).toString())),
            JsonNode.class);
    assertThat(mdf.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    long mdfRequestId = mdf.getBody().get("mdfRequestId").asLong();
    claimAndComplete(approver(), awaitTask(approver(), partnerId, "Task_ApproveMdfChannel"), Map.of("approved", true));
    await().atMost(STEP).until(() -> "RESERVED".equals(mdfStatus(self, partnerId, mdfRequestId)));
    assertThat(self.postForEntity("/api/mdf-requests/" + mdfRequestId + "/claims", json(Map.of("proofOfPerformance", "https://journey.example/webinar", "amountClaimed", 2800)), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    claimAndComplete(finance(), awaitTask(finance(), partnerId, "Task_VerifyMdfClaim"), Map.of("verified", true, "amountApproved", 2800));
    await().atMost(STEP).until(() -> "PAID".equals(mdfStatus(self, partnerId, mdfRequestId)));

    // Offboard: the partner leaves; its access goes, its history stays.
    assertThat(manager().postForEntity("/api/partners/" + partnerId + "/offboarding", json(Map.of("reason", "Contract ended")), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    awaitStage(partnerId, "OFFBOARDED");
    assertThat(self.getForEntity("/api/partners/" + partnerId, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    JsonNode entries = manager().getForObject("/api/partners/" + partnerId + "/history", JsonNode.class);
    List<String> history = entries.findValuesAsText("type");
    assertThat(history).contains("APPLICATION_RECEIVED", "AGREEMENT_SIGNED", "TRAINING_COMPLETED", "ACCESS_REVOKED", "OFFBOARDED");
    // Every step of the journey reads in people's words, each event once.
    assertThat(history).filteredOn("AGREEMENT_SIGNED"::equals).hasSize(1);
    assertThat(history).allSatisfy(type -> assertThat(wording.isWorded(type)).as("wording for " + type).isTrue());
    assertThat(entries.findValuesAsText("label")).doesNotContain(history.toArray(String[]::new));
  }

  @Test
  void anApplicantFromASanctionedCountryIsRejected() {
    long partnerId = apply(reviewedApplication("sanctioned.example", "KP"));

    awaitStage(partnerId, "REJECTED");
    assertThat(approver().getForObject("/api/tasks?partnerId=" + partnerId, JsonNode.class).path("content")).isEmpty();
  }

  private long apply(Map<String, Object> application) {
    ResponseEntity<JsonNode> response = http.postForEntity("/api/applications", json(application), JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return response.getBody().get("partnerId").asLong();
  }

  /** An application that partner-fit scores for a review by the approvers, not a fast track. */
  private static Map<String, Object> reviewedApplication(String domain, String country) {
    Map<String, Object> application = new HashMap<>(Requests.application());
    application.putAll(
        Map.of(
            "partnerType", "RESELLER",
            "country", country,
            "annualRevenue", 500_000,
            "employees", 12,
            "website", "https://www." + domain,
            "contactEmail", "ada@" + domain));
    return application;
  }

  private JsonNode awaitTask(TestRestTemplate user, long partnerId, String elementId) {
    AtomicReference<JsonNode> found = new AtomicReference<>();
    await()
        .atMost(STEP)
        .until(
            () -> {
              JsonNode tasks = user.getForObject("/api/tasks?partnerId=" + partnerId + "&state=CREATED", JsonNode.class);
              for (JsonNode task : tasks.path("content")) {
                if (elementId.equals(task.path("elementId").asText())) {
                  found.set(task);
                  return true;
                }
              }
              return false;
            });
    return found.get();
  }

  private static void claimAndComplete(TestRestTemplate user, JsonNode task, Map<String, Object> variables) {
    long id = task.get("id").asLong();
    assertThat(user.postForEntity("/api/tasks/" + id + "/claim", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> done = user.postForEntity("/api/tasks/" + id + "/complete", json(Map.of("variables", variables)), JsonNode.class);
    assertThat(done.getStatusCode()).as("completing %s: %s", task.get("elementId"), done.getBody()).isEqualTo(HttpStatus.OK);
  }

  private void awaitStage(long partnerId, String stage) {
    await()
        .atMost(STEP)
        .untilAsserted(
            () -> assertThat(manager().getForObject("/api/partners/" + partnerId, JsonNode.class).path("stage").asText()).isEqualTo(stage));
  }

  private static String dealStatus(TestRestTemplate user, long partnerId, long dealId) {
    for (JsonNode deal : user.getForObject("/api/partners/" + partnerId + "/deals", JsonNode.class)) {
      if (deal.path("dealId").asLong() == dealId) {
        return deal.path("status").asText();
      }
    }
    return null;
  }

  private static String mdfStatus(TestRestTemplate user, long partnerId, long mdfRequestId) {
    for (JsonNode request : user.getForObject("/api/partners/" + partnerId + "/mdf-requests", JsonNode.class)) {
      if (request.path("mdfRequestId").asLong() == mdfRequestId) {
        return request.path("status").asText();
      }
    }
    return null;
  }

  private TestRestTemplate trainingPlatform() {
    return http.withBasicAuth("training", "training");
  }

  private TestRestTemplate manager() {
    return http.withBasicAuth("manager", "manager");
  }

  private TestRestTemplate approver() {
    return http.withBasicAuth("approver", "approver");
  }

  private TestRestTemplate finance() {
    return http.withBasicAuth("finance", "finance");
  }
}
