package org.partnerengine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerengine.AgreementSigning.open;
import static org.partnerengine.AgreementSigning.partnerInOnboarding;
import static org.partnerengine.AgreementSigning.portalUser;
import static org.partnerengine.AgreementSigning.signature;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.AgreementSigning.Opened;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.AccountService;
import org.partnerengine.notification.Notifications;
import org.partnerengine.onboarding.AgreementSignatures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A partner reaching for another partner's agreement: it cannot read it, sign it (even with the
 * right hash in hand), fetch its signed copy or countersign anything; each answer is the same 404
 * a partner that does not exist gets, and nothing is recorded for the other partner.
 */
@PartnerEngineTest
class SecurityAttackAgreementTest {

  @Autowired TestRestTemplate http;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;
  @Autowired AgreementSignatures signatures;

  @Test
  void aPartnerCannotOpenSignOrDownloadAnotherPartnersAgreement() {
    long own = partnerInOnboarding(http, "attacker-agreement.example");
    long victim = partnerInOnboarding(http, "victim-agreement.example");
    TestRestTemplate attacker = portalUser(http, accounts, notifications, own, "ada@attacker-agreement.example");
    Opened victimsDocument = open(http.withBasicAuth("manager", "manager"), victim, "en");
    long signaturesBefore = signatures.count();

    ResponseEntity<JsonNode> read = attacker.getForEntity("/api/partners/" + victim + "/agreement", JsonNode.class);
    ResponseEntity<JsonNode> sign =
        attacker.postForEntity("/api/partners/" + victim + "/agreement/signature", json(signature(victimsDocument.sha256())), JsonNode.class);
    ResponseEntity<JsonNode> copy = attacker.getForEntity("/api/partners/" + victim + "/agreement/signed-copy", JsonNode.class);
    ResponseEntity<JsonNode> unknown = attacker.getForEntity("/api/partners/987654321/agreement", JsonNode.class);

    for (ResponseEntity<JsonNode> refused : java.util.List.of(read, sign, copy, unknown)) {
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
    assertThat(read.getBody().path("title").asText()).isEqualTo(unknown.getBody().path("title").asText());
    assertThat(read.getBody().toString()).doesNotContain("Victim-agreement");
    assertThat(signatures.count()).isEqualTo(signaturesBefore);
    // Its own agreement signed with the other's hash is not a signature of its own document either.
    ResponseEntity<JsonNode> borrowedHash =
        attacker.postForEntity("/api/partners/" + own + "/agreement/signature", json(signature(victimsDocument.sha256())), JsonNode.class);
    assertThat(borrowedHash.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(signatures.count()).isEqualTo(signaturesBefore);
  }

  @Test
  void aPartnerCannotCountersignItsOwnAgreement() {
    long own = partnerInOnboarding(http, "self-countersign.example");
    TestRestTemplate partner = portalUser(http, accounts, notifications, own, "ada@self-countersign.example");
    partner.postForEntity("/api/partners/" + own + "/agreement/signature", json(signature(open(partner, own, "en").sha256())), JsonNode.class);

    ResponseEntity<JsonNode> countersign =
        partner.postForEntity(
            "/api/partners/" + own + "/agreement/countersignature", json(Map.of("signerName", "Ada", "signerTitle", "CEO")), JsonNode.class);

    assertThat(countersign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("manager", "manager").postForEntity(
            "/api/partners/" + own + "/agreement/countersignature", json(Map.of("signerName", "Max", "signerTitle", "Head")), JsonNode.class)
        .getBody().path("countersignedBy").asText()).isEqualTo("manager");
  }
}
