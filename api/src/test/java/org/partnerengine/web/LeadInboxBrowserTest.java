package org.partnerengine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerengine.Mailbox;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.AccountService;
import org.partnerengine.notification.Notifications;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * An active partner's lead inbox in a real browser: the lead offered to it shows without the
 * customer until the partner opens it, then with the customer and contact; accepting it makes the
 * partner the lead's owner. Run with {@code -Dgroups=browser}; screenshots land in target/screenshots.
 */
@Tag("browser")
@PartnerEngineTest
class LeadInboxBrowserTest {

  private static final Duration STEP = Duration.ofSeconds(30);

  @Autowired TestRestTemplate http;
  @Autowired Notifications notifications;
  @Autowired AccountService accounts;
  @Autowired Partners partners;
  @LocalServerPort int port;

  @Test
  void anActivePartnerOpensALeadInItsInboxAndAcceptsIt() {
    long partnerId = activePartner();
    accounts.provision(partnerId, "ada@inbox-ui.example");
    String token = await().atMost(STEP).until(() -> new Mailbox(notifications).invitationToken(partnerId), t -> t.isPresent()).orElseThrow();
    assertThat(http.postForEntity("/api/invitations/" + token, json(Map.of("password", "Portal-Passw0rd")), JsonNode.class)
            .getStatusCode().is2xxSuccessful()).isTrue();
    long territory =
        manager().postForObject("/api/territories", json(Map.of("name", "Inbox UI", "areas", List.of(Map.of("country", "NL")))), JsonNode.class)
            .get("id").asLong();
    manager().exchange("/api/partners/" + partnerId + "/coverage", HttpMethod.PUT,
        json(Map.of("territoryIds", List.of(territory), "products", List.of("core-platform"), "capacity", 5)), JsonNode.class);
    long leadId =
        manager().postForObject("/api/leads", json(Map.of("companyName", "Tulip BV", "domain", "tulip.example", "country", "NL",
                "productInterest", "core-platform", "contactName", "Tess Tulip", "contactEmail", "tess@tulip.example", "source", "webinar")),
            JsonNode.class).get("leadId").asLong();
    await().atMost(STEP).until(() -> manager().getForObject("/api/leads/" + leadId + "/routing", JsonNode.class).path("rounds").size() == 1);

    try (Browser browser = Browser.open(port, "lead-inbox")) {
      browser.logIn("ada@inbox-ui.example", "Portal-Passw0rd");
      browser.waitFor(By.className("lead-open"));
      String masked = browser.driver().getPageSource();
      assertThat(masked).contains("core-platform in NL").contains("left").doesNotContain("Tulip BV").doesNotContain("tess@tulip.example");
      browser.screenshot("lead-inbox-masked");

      browser.driver().findElement(By.className("lead-open")).click();
      browser.waitUntil(d -> d.getPageSource().contains("Tulip BV (tulip.example)"));
      assertThat(browser.driver().getPageSource()).contains("Tess Tulip, tess@tulip.example");
      browser.screenshot("lead-inbox-opened");

      browser.driver().findElement(By.className("lead-accept")).click();
      await().atMost(STEP).until(() -> manager().getForObject("/api/leads/" + leadId + "/routing", JsonNode.class).get("status").asText().equals("ACCEPTED"));
      browser.visit("/partners/" + partnerId);
      browser.waitUntil(d -> d.findElements(By.className("lead-accept")).isEmpty() && d.getPageSource().contains("ACCEPTED"));
      browser.screenshot("lead-inbox-accepted");

      // The partner registers the customer as its deal from the inbox.
      browser.waitFor(By.className("lead-amount")).sendKeys("25000");
      browser.script("document.querySelector('.lead-close-date').value = arguments[0]", java.time.LocalDate.now().plusMonths(2).toString());
      browser.driver().findElement(By.cssSelector(".lead-convert button")).click();
      JsonNode converted = await().atMost(STEP).until(
          () -> manager().getForObject("/api/leads/" + leadId + "/routing", JsonNode.class), r -> r.get("status").asText().equals("CONVERTED"));
      browser.waitUntil(d -> d.findElements(By.className("lead-convert")).isEmpty() && d.getPageSource().contains("deal "));
      assertThat(converted.get("status").asText()).isEqualTo("CONVERTED");
      browser.screenshot("lead-inbox-converted");
      browser.assertNoConsoleErrors();
    }
  }

  private long activePartner() {
    Partner partner =
        new Partner("Inbox UI BV", PartnerType.RESELLER, "NL", "https://inbox-ui.example", "Ada", "ada@inbox-ui.example",
            new BigDecimal("2500000"), 40, Instant.now());
    for (Stage stage : new Stage[] {Stage.ONBOARD, Stage.ENABLE, Stage.CERTIFY, Stage.ACTIVE}) {
      partner.enterStage(stage, Instant.now());
    }
    return partners.saveAndFlush(partner).getId();
  }

  private TestRestTemplate manager() {
    return http.withBasicAuth("manager", "manager");
  }
}
