package org.partnerengine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerengine.AgreementSigning.portalUser;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.ActivePartners;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.AccountService;
import org.partnerengine.notification.Notifications;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Attacks on joint campaigns: another partner's part, forged responses, markup in the copy and the logo. */
@PartnerEngineTest
class SecurityAttackCampaignsTest {

  @Autowired TestRestTemplate http;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;
  @Autowired Partners partners;

  @Test
  void aPartnerCannotBookResponsesForItselfNorAnswerForAnother() {
    long attacker = ActivePartners.store(partners, "camp-attacker", "HR");
    long victim = ActivePartners.store(partners, "camp-victim", "HR");
    TestRestTemplate partner = portalUser(http, accounts, notifications, attacker, "eve@camp-attacker-" + attacker + ".com");

    // Responses are leads from the landing page (through the CRM) or a manager: never the partner.
    assertThat(partner.postForEntity("/api/campaigns/1/responses", json(Map.of("trackingCode", "ZZZZZZZZZZZZZZZZ")), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(partner.postForEntity("/api/campaigns", json(Map.of("name", "Mine")), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(partner.getForEntity("/api/campaigns/1/results", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // Another partner's invitations, files and profile are not there to it.
    assertThat(partner.postForEntity("/api/partners/" + victim + "/campaigns/1/answer", json(Map.of("optIn", false)), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(partner.getForEntity("/api/partners/" + victim + "/campaigns", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(partner.exchange("/api/partners/" + victim + "/co-brand", HttpMethod.PUT,
        (HttpEntity<?>) json(Map.of("legalName", "Eve's takeover")), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.withBasicAuth("manager", "manager").getForObject("/api/partners/" + victim + "/co-brand", JsonNode.class).has("legalName"))
        .isFalse();
  }

  @Test
  void aLogoMustBeAnImageByItsBytesWhateverItsContentTypeSays() {
    long partnerId = ActivePartners.store(partners, "camp-logo", "HR");
    TestRestTemplate partner = portalUser(http, accounts, notifications, partnerId, "eve@camp-logo-" + partnerId + ".com");
    HttpHeaders png = new HttpHeaders();
    png.setContentType(MediaType.IMAGE_PNG);
    byte[] markup = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
    assertThat(partner.exchange("/api/partners/" + partnerId + "/co-brand/logo", HttpMethod.PUT, new HttpEntity<>(markup, png), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    HttpHeaders svg = new HttpHeaders();
    svg.setContentType(MediaType.valueOf("image/svg+xml"));
    assertThat(partner.exchange("/api/partners/" + partnerId + "/co-brand/logo", HttpMethod.PUT, new HttpEntity<>(markup, svg), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(partner.getForObject("/api/partners/" + partnerId + "/co-brand", JsonNode.class).get("hasLogo").asBoolean()).isFalse();
  }

  @Test
  void aCopyThatWouldPrintAPartnersWordsUnescapedOrNamesAnUnknownFieldIsRefused() {
    TestRestTemplate manager = http.withBasicAuth("manager", "manager");
    for (String body : List.of("Hi {{{partner.legalName}}}", "Hi {{& partner.legalName}}", "Hi {{partner.password}}", "Hi {{#partner}}")) {
      Map<String, Object> form = new HashMap<>();
      form.put("name", "Copy check");
      form.put("goal", "AWARENESS");
      form.put("startsOn", LocalDate.now().toString());
      form.put("endsOn", LocalDate.now().plusDays(10).toString());
      form.put("costPerPartner", 100);
      form.put("copySubject", "Hello");
      form.put("copyBody", body);
      var refused = manager.postForEntity("/api/campaigns", json(form), JsonNode.class);
      assertThat(refused.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().toString()).as(body).contains("copyBody");
    }
  }
}
