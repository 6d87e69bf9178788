package org.partnerengine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.Requests.application;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.AccountService;
import org.partnerengine.messaging.PartnerMessages;
import org.partnerengine.notification.Notifications;
import org.partnerengine.onboarding.Agreements;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.partnerengine.recruitment.DueDiligenceChecks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Applications through the public API, run by the real workers on the embedded engine. */
@PartnerEngineTest
class LifecycleEndToEndTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  TestRestTemplate http;

  /** The API is used as a partner manager, who may act for any partner. */
  @Autowired
  void signInAsManager(TestRestTemplate anonymous) {
    http = anonymous.withBasicAuth("manager", "manager");
  }
  @Autowired Partners partners;
  @Autowired PartnerEvents events;
  @Autowired Agreements agreements;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;
  @Autowired DueDiligenceChecks checks;
  @Autowired PartnerMessages messages;

  @Test
  void aStrongApplicantIsFastTrackedIntoOnboardingGetsItsPortalAccountAndSigns() {
    long partnerId = apply(Map.of("website", "https://www.strong-integrator.de", "contactEmail", "ada@strong-integrator.de"));

    await().atMost(PATIENCE).until(() -> partners.require(partnerId).getStage() == Stage.ONBOARD);
    await().atMost(PATIENCE).until(() -> agreements.countByPartnerId(partnerId) == 1);
    assertThat(checks.findByPartnerId(partnerId)).get().extracting(check -> check.passed()).isEqualTo(true);
    // The account comes with the agreement: the partner signs in the portal.
    await().atMost(PATIENCE).until(() -> accounts.forPartner(partnerId).isPresent());
    await().atMost(PATIENCE).until(() -> notifications.countByPartnerIdAndTemplate(partnerId, "portal-invitation") == 1);

    String messageId = "agreement-signed-" + partnerId + "-v1";
    assertThat(messages.publish("agreement-signed", String.valueOf(partnerId), messageId, Map.of("agreementVersion", "v1"))).isTrue();
    assertThat(messages.publish("agreement-signed", String.valueOf(partnerId), messageId, Map.of("agreementVersion", "v1"))).isFalse();

    await().atMost(PATIENCE).until(() -> agreements.findByPartnerIdOrderByIdAsc(partnerId).get(0).isSigned());
    await().atMost(PATIENCE).until(() -> events.countByPartnerIdAndType(partnerId, "AGREEMENT_SIGNED") == 1);
    assertThat(events.countByPartnerIdAndType(partnerId, "AGREEMENT_SIGNED")).isEqualTo(1);
    assertThat(history(partnerId))
        .containsSubsequence(
            "APPLICATION_RECEIVED", "APPLICATION_ENRICHED", "STAGE_ENTERED", "DUE_DILIGENCE_PASSED", "APPLICATION_APPROVED",
            "STAGE_ENTERED", "AGREEMENT_GENERATED", "PORTAL_ACCOUNT_INVITED", "AGREEMENT_SIGNED");
  }

  @Test
  void anApplicantFromASanctionedCountryIsRejectedAndTold() {
    long partnerId = apply(Map.of("website", "https://www.far-away.example", "country", "KP"));

    await().atMost(PATIENCE).until(() -> partners.require(partnerId).getStage() == Stage.REJECTED);

    JsonNode partner = http.getForObject("/api/partners/" + partnerId, JsonNode.class);
    assertThat(partner.get("stage").asText()).isEqualTo("REJECTED");
    assertThat(history(partnerId)).contains("DUE_DILIGENCE_FAILED", "APPLICATION_REJECTED");
    assertThat(notifications.countByPartnerIdAndTemplate(partnerId, "application-rejected")).isEqualTo(1);
    assertThat(agreements.countByPartnerId(partnerId)).isZero();
  }

  private long apply(Map<String, Object> changes) {
    Map<String, Object> body = application();
    body.putAll(changes);
    return http.postForEntity("/api/applications", json(body), JsonNode.class).getBody().get("partnerId").asLong();
  }

  private java.util.List<String> history(long partnerId) {
    return http.getForObject("/api/partners/" + partnerId + "/history", JsonNode.class).findValuesAsText("type");
  }
}
