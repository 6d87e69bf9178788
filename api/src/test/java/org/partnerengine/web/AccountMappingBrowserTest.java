package org.partnerengine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.AgreementSigning.partnerInOnboarding;
import static org.partnerengine.AgreementSigning.portalUser;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.AccountService;
import org.partnerengine.ecosystem.EcosystemWorkers;
import org.partnerengine.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;

/**
 * Account mapping in a real browser: the partner sees the play its overlap raised and accepts it
 * in the portal, with its overlap matrix below; the manager sees the matrix and the answer on the
 * partner's page. Screenshots land in target/screenshots.
 */
@Tag("browser")
@PartnerEngineTest
class AccountMappingBrowserTest {

  private static final Duration STEP = Duration.ofSeconds(30);

  @Autowired TestRestTemplate http;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;
  @Autowired EcosystemWorkers workers;
  @LocalServerPort int port;

  @AfterEach
  void vendorBackToCounts() {
    vendorSharing("COUNTS");
  }

  @Test
  void aPartnerAcceptsAnIntroductionItsOverlapRaisedAndTheManagerSeesTheMatrix() {
    long partnerId = partnerInOnboarding(http, "mapping-ui.example");
    TestRestTemplate partner = portalUser(http, accounts, notifications, partnerId, "ada@mapping-ui.example");
    String account = "mapped-ui-" + partnerId + ".com";
    manager().postForObject("/api/leads", json(Map.of("companyName", "Mapped UI", "domain", account, "country", "IS",
        "productInterest", "core-platform", "contactName", "Bea Buyer", "contactEmail", "bea@" + account, "source", "crm")), JsonNode.class);
    partner.exchange("/api/partners/" + partnerId + "/populations/CUSTOMERS", HttpMethod.PUT,
        (HttpEntity<?>) json(Map.of("sharingLevel", "OVERLAPS", "accounts", List.of(account, "other-" + partnerId + ".com"))), JsonNode.class);
    vendorSharing("OVERLAPS");
    workers.raisePlays(partnerId, List.of(Map.of("vendorPopulation", "PROSPECTS", "partnerPopulation", "CUSTOMERS", "play", "ASK_FOR_INTRODUCTION")));
    await().atMost(STEP).until(() -> partner.getForObject("/api/partners/" + partnerId + "/plays", JsonNode.class).path(0).path("status").asText().equals("OFFERED"));

    try (Browser browser = Browser.open(port, "account-mapping")) {
      browser.logIn("ada@mapping-ui.example", "correct horse 42");
      browser.waitFor(By.className("play-accept"));
      assertThat(browser.driver().getPageSource()).contains(account).contains("Introduce us");
      assertThat(browser.waitFor(By.cssSelector("#overlaps td[data-cell='PROSPECTS:CUSTOMERS']")).getText()).startsWith("1").contains(account);
      browser.screenshot("account-mapping-portal");

      browser.driver().findElement(By.className("play-accept")).click();
      await().atMost(STEP).until(() -> partner.getForObject("/api/partners/" + partnerId + "/plays", JsonNode.class).path(0).path("status").asText().equals("ACCEPTED"));
      browser.waitUntil(d -> d.findElements(By.className("play-accept")).isEmpty() && d.getPageSource().contains("accepted"));
      browser.assertNoConsoleErrors();
    }
    try (Browser browser = Browser.open(port, "account-mapping-manager")) {
      browser.logIn("manager", "manager");
      browser.visit("/partners/" + partnerId);
      assertThat(browser.waitFor(By.cssSelector("#overlaps td[data-cell='PROSPECTS:CUSTOMERS']")).getText()).contains(account);
      assertThat(browser.waitFor(By.id("plays")).getText()).contains(account).contains("accepted");
      assertThat(browser.driver().findElements(By.className("play-accept"))).as("staff do not answer for the partner").isEmpty();
      browser.screenshot("account-mapping-manager");
      browser.assertNoConsoleErrors();
    }
  }

  private void vendorSharing(String level) {
    manager().exchange("/api/ecosystem/vendor-sharing/PROSPECTS", HttpMethod.PUT, (HttpEntity<?>) json(Map.of("sharingLevel", level)), JsonNode.class);
  }

  private TestRestTemplate manager() {
    return http.withBasicAuth("manager", "manager");
  }
}
