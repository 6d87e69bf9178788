package org.partnerengine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerengine.ActivePartners;
import org.partnerengine.Mailbox;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.AccountService;
import org.partnerengine.deals.Deals;
import org.partnerengine.notification.Notifications;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Selling together on the page: a partner asks direct sales for help on its deal in the portal,
 * direct sales reads the request with its task and agrees, and the partner reads the answer; then
 * the partner accepts a split a manager proposed and a channel approver approves it in the inbox.
 * Run with {@code -Dgroups=browser}; screenshots land in target/screenshots.
 */
@Tag("browser")
@PartnerEngineTest
class CoSellingBrowserTest {

  private static final Duration STEP = Duration.ofSeconds(30);

  @Autowired TestRestTemplate http;
  @Autowired Notifications notifications;
  @Autowired AccountService accounts;
  @Autowired Partners partners;
  @Autowired Deals deals;
  @LocalServerPort int port;

  @Test
  void aPartnerGetsHelpFromDirectSalesAndSharesADealsRevenue() {
    long partnerId = ActivePartners.store(partners, "cosell-ui", "MT");
    long fulfiller = ActivePartners.store(partners, "cosell-ui-fulfiller", "MT");
    accounts.provision(partnerId, "ada@cosell-ui.example");
    String token = await().atMost(STEP).until(() -> new Mailbox(notifications).invitationToken(partnerId), t -> t.isPresent()).orElseThrow();
    http.postForEntity("/api/invitations/" + token, json(Map.of("password", "Portal-Passw0rd")), JsonNode.class);
    long dealId = manager().postForObject("/api/partners/" + partnerId + "/deals",
        json(Map.of("customerName", "Harbour Ltd", "customerDomain", "harbour.example", "amount", 80_000,
            "expectedCloseDate", LocalDate.now().plusMonths(2).toString())), JsonNode.class).get("dealId").asLong();
    await().atMost(STEP).until(() -> deals.require(dealId).getStatus().name().equals("APPROVED"));

    try (Browser browser = Browser.open(port, "co-selling-partner")) {
      browser.logIn("ada@cosell-ui.example", "Portal-Passw0rd");
      browser.waitFor(By.id("co-sell-form"));
      browser.script("document.querySelector('#co-sell-form [name=neededBy]').value = arguments[0]", LocalDate.now().plusDays(9).toString());
      browser.driver().findElement(By.cssSelector("#co-sell-form [name=details]")).sendKeys("Their CIO wants to meet the vendor");
      browser.driver().findElement(By.id("ask-co-sell")).click();
      browser.waitUntil(d -> d.getPageSource().contains("waiting for direct sales"));
      browser.screenshot("co-sell-asked");
      browser.assertNoConsoleErrors();
    }

    long taskId = await().atMost(STEP).until(() -> taskAt("sales", partnerId, "Task_AnswerCoSell"), t -> t != null).get("id").asLong();
    try (Browser browser = Browser.open(port, "co-selling-sales")) {
      browser.logIn("sales", "sales");
      browser.visit("/tasks/" + taskId);
      browser.waitUntil(d -> d.findElement(By.id("task-form")).getText().contains("Harbour Ltd"));
      assertThat(browser.driver().findElement(By.id("task-form")).getText()).contains("Their CIO wants to meet the vendor");
      browser.waitFor(By.xpath("//div[@id='task-form']//label[contains(., 'We help with this deal')]")).click();
      browser.driver().findElement(By.cssSelector("#task-form textarea")).sendKeys("Our CTO joins the meeting");
      browser.screenshot("co-sell-task");
      browser.driver().findElement(By.id("complete")).click();
      browser.waitUntil(d -> d.getCurrentUrl().endsWith("#/tasks"));
      browser.assertNoConsoleErrors();
    }
    await().atMost(STEP).until(() -> manager().getForObject("/api/deals/" + dealId + "/co-sell", JsonNode.class).get(0).get("status").asText()
        .equals("ACCEPTED"));

    long splitId = manager().postForObject("/api/deals/" + dealId + "/splits", json(Map.of("ownerSharePercent", 75,
        "coSellers", List.of(Map.of("partnerId", fulfiller, "role", "FULFILLING", "sharePercent", 25)))), JsonNode.class).get("id").asLong();
    try (Browser browser = Browser.open(port, "co-selling-owner")) {
      browser.logIn("ada@cosell-ui.example", "Portal-Passw0rd");
      browser.waitUntil(d -> d.getPageSource().contains("Our CTO joins the meeting") && d.getPageSource().contains("proposed to you"));
      browser.screenshot("co-sell-answered-and-split-proposed");
      browser.driver().findElement(By.className("split-accept")).click();
      browser.waitUntil(d -> d.getPageSource().contains("waiting for the channel"));
      browser.assertNoConsoleErrors();
    }

    long approval = await().atMost(STEP).until(() -> taskAt("approver", partnerId, "Task_ApproveSplit"), t -> t != null).get("id").asLong();
    try (Browser browser = Browser.open(port, "co-selling-approver")) {
      browser.logIn("approver", "approver");
      browser.visit("/tasks/" + approval);
      browser.waitUntil(d -> d.findElement(By.id("task-form")).getText().contains("FULFILLING 25"));
      browser.waitFor(By.xpath("//div[@id='task-form']//label[contains(., 'Approve the split')]")).click();
      browser.screenshot("split-approval");
      browser.driver().findElement(By.id("complete")).click();
      browser.waitUntil(d -> d.getCurrentUrl().endsWith("#/tasks"));
      browser.assertNoConsoleErrors();
    }
    JsonNode decided = await().atMost(STEP).until(() -> manager().getForObject("/api/deal-splits/" + splitId, JsonNode.class),
        s -> s.get("status").asText().equals("APPROVED"));
    assertThat(decided.get("ownerAnsweredBy").asText()).isEqualTo("ada@cosell-ui.example");
    assertThat(decided.get("decidedBy").asText()).isEqualTo("approver");
  }

  private JsonNode taskAt(String user, long partnerId, String elementId) {
    for (JsonNode t : http.withBasicAuth(user, user).getForObject("/api/tasks?partnerId=" + partnerId + "&state=CREATED", JsonNode.class).path("content")) {
      if (t.path("elementId").asText().equals(elementId)) {
        return t;
      }
    }
    return null;
  }

  private TestRestTemplate manager() {
    return http.withBasicAuth("manager", "manager");
  }
}
