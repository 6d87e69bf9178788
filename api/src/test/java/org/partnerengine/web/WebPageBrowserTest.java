package org.partnerengine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partnerengine.AgreementSigning;
import org.partnerengine.Mailbox;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.notification.Notifications;
import org.partnerengine.Requests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The web page in a real browser, on the real processes: an approver completes a task through its
 * form, a manager watches a partner move on in the live diagram, a partner user cannot reach
 * another partner. Run with {@code -Dgroups=browser}; screenshots land in target/screenshots.
 */
@Tag("browser")
@PartnerEngineTest
class WebPageBrowserTest {

  private static final Duration STEP = Duration.ofSeconds(30);

  @Autowired TestRestTemplate http;
  @Autowired Notifications notifications;
  @LocalServerPort int port;

  @Test
  void anApproverOpensTheApprovalTaskFillsItsFormAndCompletesIt() {
    long partnerId = apply("approver-ui.example");
    long taskId = awaitTask(partnerId, "Task_ApproveApplication").get("id").asLong();

    try (Browser browser = Browser.open(port, "approver")) {
      browser.logIn("approver", "approver");
      browser.waitFor(By.cssSelector("#task-table a[href='#/tasks/" + taskId + "']"));
      browser.screenshot("inbox");

      browser.driver().findElement(By.cssSelector("#task-table a[href='#/tasks/" + taskId + "']")).click();
      WebElement approve = browser.waitFor(By.xpath("//div[@id='task-form']//div[contains(@class, 'fjs-inline-label')][.//label[contains(., 'Approve')]]//input[@type='radio']"));
      assertThat(browser.driver().findElement(By.id("task-name")).getText()).isEqualTo("Approve application");
      approve.click();
      browser.driver().findElement(By.cssSelector("#task-form textarea")).sendKeys("Strong regional reseller");
      browser.screenshot("task-form");
      browser.driver().findElement(By.id("complete")).click();

      browser.waitUntil(d -> d.getCurrentUrl().endsWith("#/tasks") && d.findElements(By.cssSelector("a[href='#/tasks/" + taskId + "']")).isEmpty());
      browser.screenshot("inbox-after");
      awaitStage(partnerId, "ONBOARD");
      JsonNode task = http.withBasicAuth("approver", "approver").getForObject("/api/tasks/" + taskId, JsonNode.class);
      assertThat(task.get("state").asText()).isEqualTo("COMPLETED");
      assertThat(task.get("completedBy").asText()).isEqualTo("approver");
      browser.assertNoConsoleErrors();
    }
  }

  @Test
  void aManagerSeesThePartnerMoveToTheNextStageAndTheDiagramHighlightTheNewActiveElement() {
    long partnerId = apply("manager-ui.example");
    JsonNode approval = awaitTask(partnerId, "Task_ApproveApplication");
    long instanceKey = manager().getForObject("/api/partners/" + partnerId, JsonNode.class).get("processInstanceKey").asLong();
    Set<String> before = activeElements(instanceKey);

    try (Browser browser = Browser.open(port, "manager")) {
      browser.logIn("manager", "manager");
      browser.waitFor(By.id("stage-counts"));
      browser.waitFor(By.cssSelector("#partner-table a[href='#/partners/" + partnerId + "']"));
      browser.screenshot("board");

      browser.driver().findElement(By.cssSelector("#partner-table a[href='#/partners/" + partnerId + "']")).click();
      browser.waitFor(By.cssSelector("#diagram.ready"));
      assertThat(browser.driver().findElement(By.id("partner-stage")).getText()).isEqualTo("RECRUIT");
      before.forEach(id -> assertHighlighted(browser, id));
      browser.screenshot("partner-recruit");

      complete(approval, Map.of("approved", true, "decisionReason", "Good fit"));
      awaitStage(partnerId, "ONBOARD");
      Set<String> after = await().atMost(STEP).until(() -> activeElements(instanceKey), active -> !active.equals(before));
      Set<String> entered = new TreeSet<>(after);
      entered.removeAll(before);
      Set<String> left = new TreeSet<>(before);
      left.removeAll(after);
      assertThat(entered).as("a new element is active").isNotEmpty();

      browser.driver().findElement(By.id("refresh")).click();
      browser.waitUntil(d -> d.findElement(By.id("partner-stage")).getText().equals("ONBOARD")
          && !d.findElements(By.cssSelector("#diagram.ready")).isEmpty());
      entered.forEach(id -> assertHighlighted(browser, id));
      left.forEach(id -> assertThat(browser.driver().findElements(By.cssSelector("#diagram .djs-element.pe-active[data-element-id='" + id + "']")))
          .as("%s is no longer active", id).isEmpty());
      left.forEach(id -> assertThat(browser.driver().findElements(By.cssSelector("#diagram .djs-element.pe-completed[data-element-id='" + id + "']")))
          .as("%s is marked as done", id).isNotEmpty());
      browser.screenshot("partner-onboard");

      // The active call activity links to the child instance it started: the onboarding.
      browser.waitFor(By.cssSelector("#diagram a.child-instance")).click();
      WebElement child = browser.waitFor(By.id("instance-title"));
      assertThat(child.getText()).startsWith("partner-onboarding");
      browser.waitFor(By.cssSelector("#diagram.ready"));
      browser.screenshot("child-instance");
      browser.visit("/instances/" + instanceKey);
      browser.waitUntil(d -> d.findElement(By.id("instance-title")).getText().startsWith("partner-lifecycle")
          && !d.findElements(By.cssSelector("#diagram.ready")).isEmpty());
      browser.screenshot("instance");
      browser.visit("/tasks");
      browser.waitFor(By.id("task-table"));
      browser.screenshot("inbox");
      browser.visit("/designer");
      browser.waitFor(By.cssSelector("#diagram.ready"));
      browser.screenshot("processes");
      browser.assertNoConsoleErrors();
    }
  }

  @Test
  void aManagerReadsTheStageChartsTheAttentionListsAndAPartnersScorecard() {
    long partnerId = apply("charts-ui.example");
    // Approved: the partner's visit to RECRUIT ends, so the cycle-time chart has a visit to show.
    complete(awaitTask(partnerId, "Task_ApproveApplication"), Map.of("approved", true, "decisionReason", "Good fit"));
    awaitStage(partnerId, "ONBOARD");

    try (Browser browser = Browser.open(port, "manager")) {
      browser.logIn("manager", "manager");
      browser.waitFor(By.cssSelector("#nav a[href='#/analytics']")).click();
      browser.waitFor(By.cssSelector("#stage-timeline svg.chart"));
      assertThat(browser.driver().findElements(By.cssSelector("#stage-timeline svg polygon.area")))
          .as("one area per stage").hasSize(7);
      assertThat(Integer.parseInt(browser.driver().findElement(By.cssSelector("#stage-timeline polygon[data-series='ONBOARD']")).getAttribute("data-last")))
          .as("the approved partner is counted in ONBOARD at the latest point").isPositive();
      assertThat(browser.driver().findElement(By.cssSelector("#stage-timeline svg")).getText()).contains("RECRUIT").contains("ONBOARD");
      WebElement recruit = browser.waitFor(By.cssSelector("#cycle-times figure[data-stage='RECRUIT']"));
      assertThat(recruit.findElement(By.tagName("figcaption")).getText()).contains("RECRUIT").contains("median");
      assertThat(recruit.findElements(By.cssSelector("svg rect.bar"))).as("one bar per histogram bucket").hasSize(11);
      assertThat(recruit.findElements(By.cssSelector("svg line.marker.median"))).as("the median is marked").hasSize(1);
      assertThat(browser.driver().findElements(By.cssSelector("#at-risk, #ready-to-grow"))).hasSize(2);
      browser.screenshot("analytics");

      browser.visit("/partners/" + partnerId);
      browser.waitFor(By.cssSelector("#revenue-trend svg.chart"));
      assertThat(browser.driver().findElements(By.cssSelector("#revenue-trend svg rect.bar"))).as("the last eight quarters").hasSize(8);
      assertThat(browser.driver().findElement(By.id("scorecard")).getText()).contains("Days in stage").contains("Won, 12 months");
      browser.screenshot("scorecard");
      browser.assertNoConsoleErrors();
    }
  }

  @Test
  void aPartnerUserSeesItsOwnPartnershipButCannotReachAnotherPartnersPage() {
    long own = apply("own-ui.example");
    long other = apply("other-ui.example");
    complete(awaitTask(own, "Task_ApproveApplication"), Map.of("approved", true));
    awaitStage(own, "ONBOARD");
    // Onboarding provisions the portal account with the agreement, so the partner signs in the portal.
    String token = await().atMost(STEP).until(() -> new Mailbox(notifications).invitationToken(own), t -> t.isPresent()).orElseThrow();
    assertThat(http.postForEntity("/api/invitations/" + token, json(Map.of("password", "Portal-Passw0rd")), JsonNode.class)
            .getStatusCode().is2xxSuccessful()).isTrue();

    try (Browser browser = Browser.open(port, "partner")) {
      browser.logIn("ada@own-ui.example", "Portal-Passw0rd");
      browser.waitFor(By.id("tax-form"));
      assertThat(browser.driver().findElement(By.id("partner-stage")).getText()).isEqualTo("ONBOARD");
      WebElement agreement = browser.waitFor(By.id("open-agreement"));
      assertThat(agreement.getText()).isEqualTo("Open agreement (PDF)");
      assertThat(agreement.getAttribute("href")).startsWith("blob:");
      browser.screenshot("portal");

      browser.driver().findElement(By.name("signerName")).sendKeys("Ada Lovelace");
      browser.driver().findElement(By.name("signerTitle")).sendKeys("Managing Director");
      browser.driver().findElement(By.name("consent")).click();
      browser.driver().findElement(By.id("sign-agreement")).click();
      browser.waitFor(By.id("signed-agreement"));
      assertThat(browser.driver().findElements(By.id("agreement-form"))).isEmpty();
      JsonNode signature = manager().postForEntity("/api/partners/" + own + "/agreement/countersignature",
          json(Map.of("signerName", "Max Mustermann", "signerTitle", "Head of Partners")), JsonNode.class).getBody();
      assertThat(signature.path("signerName").asText()).isEqualTo("Ada Lovelace");
      assertThat(signature.path("signedBy").asText()).isEqualTo("ada@own-ui.example");
      browser.screenshot("portal-agreement-signed");

      browser.driver().findElement(By.id("tax-form")).click();
      browser.waitUntil(d -> d.findElements(By.id("tax-form")).isEmpty());
      browser.screenshot("portal-tax-form-sent");
      assertThat(manager().getForObject("/api/partners/" + own + "/history", JsonNode.class).findValuesAsText("type"))
          .contains("TAX_FORM_RECEIVED");

      browser.visit("/partners/" + other);
      WebElement error = browser.waitFor(By.id("error"));
      assertThat(error.getText()).contains("Not found");
      assertThat(browser.driver().getPageSource()).doesNotContain("Other Ui");
      browser.screenshot("other-partner");
      browser.visit("/board");
      browser.waitFor(By.id("error"));
      browser.screenshot("board-refused");
      // The refused calls show on the console as failed loads; nothing else may.
      browser.assertNoConsoleErrors("/api/partners/" + other + " ", "/api/partners?", "/api/tasks?");
    }
  }

  @Test
  void aPartnerInEnablementSeesItsCoursesAsAChecklistWithProgressAndItsManagerSeesTheSame() {
    long partnerId = apply("checklist-ui.example");
    complete(awaitTask(partnerId, "Task_ApproveApplication"), Map.of("approved", true));
    awaitStage(partnerId, "ONBOARD");
    assertThat(AgreementSigning.openAndSign(manager(), partnerId).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String token = await().atMost(STEP).until(() -> new Mailbox(notifications).invitationToken(partnerId), t -> t.isPresent()).orElseThrow();
    assertThat(http.postForEntity("/api/invitations/" + token, json(Map.of("password", "Portal-Passw0rd")), JsonNode.class)
            .getStatusCode().is2xxSuccessful()).isTrue();
    assertThat(manager().postForEntity("/api/partners/" + partnerId + "/tax-form", null, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    complete(as("finance"), awaitTask(as("finance"), partnerId, "Task_VerifyBankingDetails"), Map.of("bankingDetailsVerified", true));
    complete(manager(), awaitTask(manager(), partnerId, "Task_HoldKickoffCall"), Map.of("kickoffHeldOn", "2026-11-20"));
    awaitStage(partnerId, "ENABLE");
    // A reseller's curriculum: product essentials and sales fundamentals; the platform reports one.
    await().atMost(STEP).until(() -> manager().getForObject("/api/partners/" + partnerId + "/curriculum", JsonNode.class).path("courses").size() == 2);
    assertThat(as("training").postForEntity("/api/partners/" + partnerId + "/training-completions",
            json(Map.of("courseId", "product-essentials")), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    await().atMost(STEP).until(() -> manager().getForObject("/api/partners/" + partnerId + "/curriculum", JsonNode.class).path("coursesCompleted").asInt() == 1);

    try (Browser browser = Browser.open(port, "checklist")) {
      browser.logIn("ada@checklist-ui.example", "Portal-Passw0rd");
      browser.waitFor(By.id("course-checklist"));
      assertThat(browser.driver().findElement(By.id("partner-stage")).getText()).isEqualTo("ENABLE");
      assertChecklist(browser);
      assertThat(browser.driver().findElement(By.id("training-todo")).getText()).contains("1 left");
      assertThat(browser.driver().findElements(By.cssSelector("#main input"))).as("nothing to type in for a course").isEmpty();
      WebElement exam = browser.driver().findElement(By.cssSelector("#exam-checklist li[data-exam='sales-certification']"));
      assertThat(exam.getText()).contains("Sales certification").contains("pass mark 70").contains("3 of 3 attempts left");
      assertThat(exam.getText()).doesNotContain("best score");
      browser.screenshot("portal-checklist");
      browser.assertNoConsoleErrors();
    }
    try (Browser browser = Browser.open(port, "checklist-manager")) {
      browser.logIn("manager", "manager");
      browser.visit("/partners/" + partnerId);
      browser.waitFor(By.id("course-checklist"));
      assertChecklist(browser);
      browser.screenshot("partner-checklist");
      browser.assertNoConsoleErrors();
    }
  }

  private static void assertChecklist(Browser browser) {
    assertThat(browser.driver().findElement(By.id("course-count")).getText()).isEqualTo("1 of 2 courses completed");
    assertThat(browser.driver().findElement(By.id("course-progress")).getAttribute("value")).isEqualTo("1");
    WebElement done = browser.driver().findElement(By.cssSelector("#course-checklist li[data-course='product-essentials']"));
    assertThat(done.getAttribute("class")).isEqualTo("done");
    assertThat(done.getText()).contains("Product essentials").contains("completed");
    assertThat(done.findElement(By.tagName("a")).getAttribute("href")).isEqualTo("https://training.example.com/courses/product-essentials");
    WebElement open = browser.driver().findElement(By.cssSelector("#course-checklist li[data-course='sales-fundamentals']"));
    assertThat(open.getAttribute("class")).isEqualTo("open");
    assertThat(open.getText()).contains("Sales fundamentals").contains("not completed yet");
  }

  @Test
  void aDesignerUploadsABrokenModelAndReadsTheEnginesMessage(@TempDir Path files) throws Exception {
    Path broken = Files.writeString(files.resolve("broken.bpmn"),
        "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><process id=\"broken\" isExecutable=\"true\"/></definitions>");

    try (Browser browser = Browser.open(port, "designer")) {
      browser.logIn("designer", "designer");
      browser.waitFor(By.cssSelector("#diagram.ready"));
      browser.screenshot("processes");
      browser.driver().findElement(By.id("files")).sendKeys(broken.toString());
      browser.driver().findElement(By.cssSelector("#upload button")).click();

      WebElement refused = browser.waitFor(By.id("refused"));
      assertThat(refused.getText()).contains("broken.bpmn").contains("targetNamespace");
      browser.screenshot("refused");
      // The refused upload shows on the console as a failed load; nothing else may.
      browser.assertNoConsoleErrors("/api/deployments ");
    }
  }

  @Test
  void thePageRunsNoInjectedScriptAndFramesNoOutsidePage() {
    try (Browser browser = Browser.open(port, "csp")) {
      browser.logIn("approver", "approver");
      browser.waitFor(By.id("task-table"));
      browser.assertNoConsoleErrors();

      // What markup smuggled into the page would try: an inline script, an inline handler, an
      // outside page in a frame (a form-js iframe field). The policy refuses each and says so.
      browser.script("""
          const s = document.createElement('script'); s.textContent = 'window.injected = true'; document.body.append(s);
          const img = document.createElement('img'); img.setAttribute('onerror', 'window.injected = true'); img.src = 'x:'; document.body.append(img);
          const frame = document.createElement('iframe'); frame.id = 'outside'; frame.src = 'https://example.com/'; document.body.append(frame);
          """);
      browser.waitUntil(d -> browser.consoleErrors().stream().filter(line -> line.contains("Content Security Policy")).count() >= 3);
      assertThat(browser.script("return window.injected === true")).isEqualTo(false);
      assertThat(browser.consoleErrors()).anySatisfy(line -> assertThat(line).contains("frame-src 'none'"));
    }
  }

  private static void assertHighlighted(Browser browser, String elementId) {
    assertThat(browser.driver().findElements(By.cssSelector("#diagram .djs-element[data-element-id='" + elementId + "']:is(.pe-active, .pe-active-container)")))
        .as("%s is highlighted as active", elementId)
        .isNotEmpty();
  }

  private long apply(String domain) {
    Map<String, Object> application = new HashMap<>(Requests.application());
    String name = domain.substring(0, domain.indexOf('.')).replace('-', ' ');
    application.putAll(
        Map.of(
            "companyName", Character.toUpperCase(name.charAt(0)) + name.substring(1) + " GmbH",
            "partnerType", "RESELLER",
            "country", "DE",
            "annualRevenue", 500_000,
            "employees", 12,
            "website", "https://www." + domain,
            "contactEmail", "ada@" + domain));
    ResponseEntity<JsonNode> response = http.postForEntity("/api/applications", json(application), JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return response.getBody().get("partnerId").asLong();
  }

  private JsonNode awaitTask(long partnerId, String elementId) {
    return awaitTask(approver(), partnerId, elementId);
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

  private void complete(JsonNode task, Map<String, Object> variables) {
    complete(approver(), task, variables);
  }

  private void complete(TestRestTemplate user, JsonNode task, Map<String, Object> variables) {
    long id = task.get("id").asLong();
    assertThat(user.postForEntity("/api/tasks/" + id + "/claim", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(user.postForEntity("/api/tasks/" + id + "/complete", json(Map.of("variables", variables)), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private Set<String> activeElements(long instanceKey) {
    JsonNode active = manager().getForObject("/api/process-instances/" + instanceKey, JsonNode.class).path("activeElementIds");
    return texts(active);
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> values = new TreeSet<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private void awaitStage(long partnerId, String stage) {
    await().atMost(STEP).untilAsserted(
        () -> assertThat(manager().getForObject("/api/partners/" + partnerId, JsonNode.class).path("stage").asText()).isEqualTo(stage));
  }

  private TestRestTemplate manager() {
    return http.withBasicAuth("manager", "manager");
  }

  private TestRestTemplate as(String devUser) {
    return http.withBasicAuth(devUser, devUser);
  }

  private TestRestTemplate approver() {
    return http.withBasicAuth("approver", "approver");
  }
}
