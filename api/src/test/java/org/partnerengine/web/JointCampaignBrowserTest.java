package org.partnerengine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.AgreementSigning.portalUser;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partnerengine.ActivePartners;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.AccountService;
import org.partnerengine.notification.Notifications;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A joint campaign in a real browser: the partner opts in from the portal, completes its co-brand
 * profile with a logo, and downloads its launched copy; the manager previews the audience and
 * reads the campaign's partners. Screenshots land in target/screenshots.
 */
@Tag("browser")
@PartnerEngineTest
class JointCampaignBrowserTest {

  private static final Duration STEP = Duration.ofSeconds(40);
  private static final byte[] PNG = java.util.Base64.getDecoder()
      .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  @Autowired TestRestTemplate http;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;
  @Autowired Partners partners;
  @LocalServerPort int port;

  @Test
  void aPartnerOptsInCompletesItsProfileAndDownloadsItsCopyWhileTheManagerFollowsTheCampaign() throws Exception {
    long partnerId = ActivePartners.store(partners, "Campaign UI Partner", "SI");
    String username = "ada@campaign-ui-" + partnerId + ".com";
    TestRestTemplate partner = portalUser(http, accounts, notifications, partnerId, username);
    JsonNode created = manager().postForObject("/api/campaigns", json(Map.of(
        "name", "Autumn launch", "goal", "AWARENESS", "audience", Map.of("countries", List.of("SI")),
        "startsOn", LocalDate.now().toString(), "endsOn", LocalDate.now().plusDays(20).toString(), "costPerPartner", 2000,
        "copySubject", "{{partner.legalName}} presents {{campaign.name}}", "copyBody", "Hello,\n\nsee {{responseLink}}")), JsonNode.class);
    long campaignId = created.get("campaignId").asLong();
    await().atMost(STEP).until(() -> partner.getForObject("/api/partners/" + partnerId + "/campaigns", JsonNode.class).size() == 1);
    Path logo = Files.write(Files.createTempFile("logo", ".png"), PNG);

    try (Browser browser = Browser.open(port, "joint-campaign")) {
      browser.logIn(username, "correct horse 42");
      browser.waitFor(By.className("campaign-opt-in"));
      assertThat(browser.waitFor(By.id("partner-campaigns")).getText()).contains("Autumn launch").contains("invited");
      browser.screenshot("campaign-invitation");
      browser.driver().findElement(By.className("campaign-opt-in")).click();
      browser.waitUntil(d -> d.findElements(By.className("campaign-opt-in")).isEmpty()
          && d.findElement(By.id("partner-campaigns")).getText().contains("waiting for your co-brand profile"));
      assertThat(browser.waitFor(By.id("co-brand-missing")).getText()).contains("legalName").contains("logo");

      WebElement form = browser.waitFor(By.id("co-brand-form"));
      form.findElement(By.name("legalName")).sendKeys("Campaign UI Partner d.o.o.");
      form.findElement(By.name("contactEmail")).sendKeys("ada@campaign-ui.com");
      form.findElement(By.name("logo")).sendKeys(logo.toString());
      browser.screenshot("campaign-co-brand");
      form.findElement(By.id("save-co-brand")).click();
      await().atMost(STEP).until(() -> partner.getForObject("/api/partners/" + partnerId + "/campaigns", JsonNode.class)
          .path(0).path("status").asText().equals("LAUNCHED"));
      browser.driver().navigate().refresh();
      WebElement file = browser.waitFor(By.className("campaign-file"));
      assertThat(file.getText()).endsWith(".html");
      assertThat(file.getAttribute("href")).contains("/api/partners/" + partnerId + "/campaigns/" + campaignId + "/files/");
      assertThat(browser.waitFor(By.id("partner-campaigns")).getText()).contains("launched");
      browser.screenshot("campaign-launched");
      browser.assertNoConsoleErrors();
    }
    try (Browser browser = Browser.open(port, "joint-campaign-manager")) {
      browser.logIn("manager", "manager");
      browser.visit("/campaigns/" + campaignId);
      assertThat(browser.waitFor(By.id("campaign-partners")).getText()).contains("Campaign UI Partner").contains("launched");
      assertThat(browser.waitFor(By.id("campaign-totals")).getText()).contains("Responses: 0");
      browser.screenshot("campaign-results");
      browser.visit("/campaigns");
      WebElement form = browser.waitFor(By.id("campaign-form"));
      form.findElement(By.name("countries")).sendKeys("SI");
      browser.driver().findElement(By.id("preview-audience")).click();
      assertThat(browser.waitFor(By.id("audience-count")).getText()).matches("\\d+ of \\d+ partners would be invited\\.");
      assertThat(browser.waitFor(By.id("audience")).getText()).contains("Campaign UI Partner");
      browser.screenshot("campaign-planning");
      browser.assertNoConsoleErrors();
    }
  }

  private TestRestTemplate manager() {
    return http.withBasicAuth("manager", "manager");
  }
}
