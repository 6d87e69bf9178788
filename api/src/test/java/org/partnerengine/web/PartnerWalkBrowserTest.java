package org.partnerengine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partnerengine.Mailbox;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.Requests;
import org.partnerengine.account.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A new partner's first days, in a browser, from the invitation in its mailbox: it sets its
 * password, opens and signs its agreement, which a manager countersigns in the inbox, gives the
 * account for its payouts, sees its courses and its library, and asks a question that the partner
 * managers answer. Screenshots land in target/screenshots.
 */
@Tag("browser")
@PartnerEngineTest
class PartnerWalkBrowserTest {

  private static final Duration STEP = Duration.ofSeconds(30);
  private static final String PORTAL = "https://partners.example.com";
  static final int SMTP_PORT = freePort();

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("partner-engine.notifications.dispatch-interval", () -> "PT0.2S");
    registry.add("partner-engine.mail.portal-url", () -> PORTAL);
  }

  @Autowired TestRestTemplate http;
  @LocalServerPort int port;

  @Test
  void aNewPartnerGoesFromItsInvitationMailToASignedAgreementAndItsCourses() {
    long partnerId = apply("first-days.example");
    complete(as("approver"), awaitTask(as("approver"), partnerId, "Task_ApproveApplication"), Map.of("approved", true));

    // The invitation, as the partner's mail client shows it: the only place its token appears.
    String invitation = text(await().atMost(STEP).until(() -> mail("ada@first-days.example", "portal account"), Optional::isPresent).orElseThrow());
    assertThat(invitation).contains("Hello Ada Lovelace").contains(PORTAL + AccountService.INVITATION_LINK);
    String token = Mailbox.tokenInMail(invitation, AccountService.INVITATION_LINK).orElseThrow();
    assertThat(text(await().atMost(STEP).until(() -> mail("ada@first-days.example", "ready to sign"), Optional::isPresent).orElseThrow()))
        .contains("partner portal");

    try (Browser browser = Browser.open(port, "first-days")) {
      browser.visit(AccountService.INVITATION_LINK.substring("/#".length()) + token);
      browser.waitFor(By.id("invitation-form"));
      browser.screenshot("invitation");
      browser.driver().findElement(By.id("password")).sendKeys("First-Days-2026");
      browser.driver().findElement(By.id("invitation-form-submit")).click();
      browser.waitUntil(d -> d.getCurrentUrl().endsWith("#/login"));

      browser.logIn("ada@first-days.example", "First-Days-2026");
      WebElement step = browser.waitFor(By.id("agreement-step"));
      assertThat(step.getText()).contains("Sign the partner agreement");
      assertThat(browser.waitFor(By.id("open-agreement")).getAttribute("href")).startsWith("blob:");
      browser.screenshot("to-do");
      assertThat(browser.driver().findElement(By.id("main")).getText()).as("sections left out leave no trace").doesNotContain("null");
      browser.driver().findElement(By.name("signerName")).sendKeys("Ada Lovelace");
      browser.driver().findElement(By.name("signerTitle")).sendKeys("Managing Director");
      browser.driver().findElement(By.name("consent")).click();
      browser.driver().findElement(By.id("sign-agreement")).click();
      browser.waitFor(By.id("signed-agreement"));
      browser.screenshot("signed");
      // The account for payouts, checked as typed.
      browser.driver().findElement(By.name("accountHolder")).sendKeys("First Days Ltd");
      browser.driver().findElement(By.name("iban")).sendKeys("GB82 WEST 1234 5698 7654 31");
      browser.driver().findElement(By.id("send-banking-details")).click();
      assertThat(browser.waitFor(By.cssSelector("#banking-form .field-error")).getText()).containsIgnoringCase("iban");
      WebElement iban = browser.driver().findElement(By.name("iban"));
      iban.clear();
      iban.sendKeys("GB82 WEST 1234 5698 7654 32");
      browser.driver().findElement(By.id("send-banking-details")).click();
      browser.waitUntil(d -> d.findElements(By.id("banking-form")).isEmpty());
      browser.screenshot("banking-details");
      assertThat(browser.waitFor(By.cssSelector("ol.timeline")).getText()).contains("Agreement signed").contains("The partner agreement was signed.");
      // The refused IBAN shows on the console as a failed load; nothing else may.
      browser.assertNoConsoleErrors("/banking-details ");
    }

    try (Browser browser = Browser.open(port, "first-days-manager")) {
      browser.logIn("manager", "manager");
      long taskId = awaitTask(as("manager"), partnerId, "Task_CountersignAgreement").get("id").asLong();
      browser.visit("/tasks/" + taskId);
      browser.waitFor(By.id("task-form"));
      field(browser, "Your full name").sendKeys("Max Mustermann");
      field(browser, "Your title").sendKeys("Head of Partners");
      browser.screenshot("countersign");
      browser.driver().findElement(By.id("complete")).click();
      browser.waitUntil(d -> d.getCurrentUrl().endsWith("#/tasks"));

      JsonNode signature = await().atMost(STEP).until(
          () -> as("manager").getForObject("/api/partners/" + partnerId + "/agreement/signature", JsonNode.class),
          s -> !s.path("countersignedAt").isNull());
      assertThat(signature.path("countersignedBy").asText()).isEqualTo("manager");
      assertThat(signature.path("signedBy").asText()).isEqualTo("ada@first-days.example");
      browser.visit("/partners/" + partnerId);
      assertThat(browser.waitFor(By.id("agreement-status")).getText())
          .contains("Ada Lovelace, Managing Director").contains("Max Mustermann").contains(signature.path("documentSha256").asText());
      assertThat(browser.waitFor(By.id("mail-status")).getText()).contains("portal-invitation").contains("sent");
      assertThat(browser.waitFor(By.id("payout-account")).getText()).isEqualTo("First Days Ltd, GB82 **** 5432");
      browser.script("document.getElementById('agreement-status').scrollIntoView()");
      browser.screenshot("partner-page");
      browser.assertNoConsoleErrors();
    }

    // The rest of onboarding, by the people who vouch for it.
    assertThat(as("manager").postForEntity("/api/partners/" + partnerId + "/tax-form", null, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    complete(as("finance"), awaitTask(as("finance"), partnerId, "Task_VerifyBankingDetails"), Map.of("bankingDetailsVerified", true));
    complete(as("manager"), awaitTask(as("manager"), partnerId, "Task_HoldKickoffCall"), Map.of("kickoffHeldOn", "2026-11-20"));
    await().atMost(STEP).until(() -> as("manager").getForObject("/api/partners/" + partnerId, JsonNode.class).path("stage").asText(), "ENABLE"::equals);

    // A sales deck in the library, reviewed and published by the partner managers.
    long assetId = as("manager").postForEntity("/api/content", json(Map.of("title", "First steps sales deck", "kind", "SALES_DECK",
        "locale", "en", "audience", Map.of("countries", java.util.List.of()))), JsonNode.class).getBody().get("id").asLong();
    assertThat(as("manager").exchange("/api/content/" + assetId + "/link", org.springframework.http.HttpMethod.PUT,
        json(Map.of("link", "https://cdn.example.com/first-steps-deck")), JsonNode.class).getStatusCode().is2xxSuccessful()).isTrue();
    assertThat(as("manager").postForEntity("/api/content/" + assetId + "/submission", null, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    JsonNode review = await().atMost(STEP).until(() -> {
      for (JsonNode task : as("manager").getForObject("/api/tasks?state=CREATED&size=100", JsonNode.class).path("content")) {
        if ("Task_ReviewContent".equals(task.path("elementId").asText())) {
          return task;
        }
      }
      return null;
    }, task -> task != null);
    complete(as("manager"), review, Map.of("approved", true, "comment", "Good to go"));
    await().atMost(STEP).until(() -> as("manager").getForObject("/api/content/" + assetId, JsonNode.class).hasNonNull("publishedVersionId"));

    try (Browser browser = Browser.open(port, "first-days-courses")) {
      browser.logIn("ada@first-days.example", "First-Days-2026");
      browser.waitFor(By.id("course-checklist"));
      assertThat(browser.driver().findElement(By.id("course-count")).getText()).isEqualTo("0 of 2 courses completed");
      assertThat(browser.driver().findElement(By.id("training-todo")).getText()).contains("2 left");
      WebElement deck = browser.waitFor(By.cssSelector("#library a.download[data-asset='" + assetId + "']"));
      assertThat(browser.driver().findElement(By.id("library")).getText()).contains("First steps sales deck");
      assertThat(deck.getText()).isEqualTo("Open link");
      browser.screenshot("courses");

      // A question to the partner team, from the portal.
      new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.name("topic"))).selectByValue("TRAINING");
      browser.driver().findElement(By.name("text")).sendKeys("Which course should our sales team take first?");
      browser.driver().findElement(By.id("ask-question")).click();
      assertThat(browser.waitFor(By.cssSelector("#questions li")).getText()).contains("Which course").contains("Waiting for an answer");
      browser.screenshot("question-asked");
      browser.assertNoConsoleErrors();
    }

    // The partner managers answer it in their inbox, where the task shows the question.
    try (Browser browser = Browser.open(port, "first-days-answer")) {
      browser.logIn("manager", "manager");
      long taskId = awaitTask(as("manager"), partnerId, "Task_AnswerQuestion").get("id").asLong();
      browser.visit("/tasks/" + taskId);
      browser.waitFor(By.id("task-form"));
      assertThat(browser.waitFor(By.xpath("//div[@id='task-form']//*[contains(., 'Which course should our sales team take first?')]")).isDisplayed())
          .isTrue();
      browser.waitFor(By.cssSelector("#task-form textarea")).sendKeys("Start with Sales fundamentals: it takes a morning.");
      browser.screenshot("answer");
      browser.driver().findElement(By.id("complete")).click();
      browser.waitUntil(d -> d.getCurrentUrl().endsWith("#/tasks"));
      await().atMost(STEP).until(
          () -> as("manager").getForObject("/api/partners/" + partnerId + "/questions", JsonNode.class).at("/content/0/status").asText(),
          "ANSWERED"::equals);
      browser.visit("/partners/" + partnerId);
      assertThat(browser.waitFor(By.id("partner-questions")).getText())
          .contains("Which course should our sales team take first?").contains("answered").contains("(manager)");
      browser.assertNoConsoleErrors();
    }

    try (Browser browser = Browser.open(port, "first-days-answered")) {
      browser.logIn("ada@first-days.example", "First-Days-2026");
      WebElement question = browser.waitUntil(d -> {
        var answered = d.findElements(By.cssSelector("#questions li.answered"));
        if (answered.isEmpty()) {
          d.navigate().refresh();
          return null;
        }
        return answered.getFirst();
      });
      assertThat(question.getText()).contains("Answer from manager").contains("Start with Sales fundamentals");
      await().atMost(STEP).until(() -> mail("ada@first-days.example", "has an answer"), Optional::isPresent);
      browser.screenshot("answered");
      browser.assertNoConsoleErrors();
    }
  }

  private static WebElement field(Browser browser, String label) {
    return browser.waitFor(By.xpath("//div[@id='task-form']//div[contains(@class, 'fjs-form-field')][.//label[contains(., '" + label + "')]]//input"));
  }

  private TestRestTemplate as(String user) {
    return http.withBasicAuth(user, user);
  }

  private long apply(String domain) {
    Map<String, Object> application = new HashMap<>(Requests.application());
    application.putAll(Map.of(
        "companyName", "First Days Ltd", "country", "IE", "partnerType", "RESELLER", "annualRevenue", 500_000, "employees", 12,
        "website", "https://www." + domain, "contactEmail", "ada@" + domain));
    ResponseEntity<JsonNode> response = http.postForEntity("/api/applications", json(application), JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return response.getBody().get("partnerId").asLong();
  }

  private JsonNode awaitTask(TestRestTemplate user, long partnerId, String elementId) {
    AtomicReference<JsonNode> found = new AtomicReference<>();
    await().atMost(STEP).until(() -> {
      for (JsonNode task : user.getForObject("/api/tasks?partnerId=" + partnerId + "&state=CREATED", JsonNode.class).path("content")) {
        if (elementId.equals(task.path("elementId").asText())) {
          found.set(task);
          return true;
        }
      }
      return false;
    });
    return found.get();
  }

  private static void complete(TestRestTemplate user, JsonNode task, Map<String, Object> variables) {
    long id = task.get("id").asLong();
    assertThat(user.postForEntity("/api/tasks/" + id + "/claim", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(user.postForEntity("/api/tasks/" + id + "/complete", json(Map.of("variables", variables)), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  /** The first mail to this address whose subject contains the words. */
  private static Optional<MimeMessage> mail(String address, String subjectWords) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> to(m).equals(address) && subject(m).toLowerCase().contains(subjectWords))
        .findFirst();
  }

  private static String to(MimeMessage mail) {
    try {
      return mail.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(MimeMessage mail) {
    try {
      return mail.getContent().toString();
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
