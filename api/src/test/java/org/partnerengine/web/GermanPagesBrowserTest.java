package org.partnerengine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.AgreementSigning.partnerInOnboarding;
import static org.partnerengine.AgreementSigning.portalUser;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.partnerengine.ActivePartners;
import org.partnerengine.Mailbox;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.PortalUsers;
import org.partnerengine.account.AccountService;
import org.partnerengine.notification.Notifications;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main pages in a browser that prefers German: the manager's partner board, a partner's page,
 * the task inbox and a task form, analytics, regions, campaigns, the library and the processes, and the
 * partner portal (onboarding, and active with its lead inbox). No page shows a bundle key or one of
 * the English words the bundles translate; server texts (history) come in German; the language
 * switch goes back to English and is remembered. Screenshots land in target/screenshots/de-*.png.
 */
@Tag("browser")
@PartnerEngineTest
class GermanPagesBrowserTest {

  private static final Duration STEP = Duration.ofSeconds(30);
  private static final String PORTAL_PASSWORD = "Portal-Passw0rd";

  /** English UI words the German bundle replaces; none may show in German page chrome. */
  private static final List<String> ENGLISH = List.of(
      "Partners", "Task inbox", "Tasks", "Analytics", "Campaigns", "Library", "Processes", "Log out", "Save", "Search",
      "Stage", "Company", "Country", "Updated", "Open tasks", "Refresh", "History", "Certificates", "Claim", "Unclaim",
      "Complete", "Back", "Groups", "Due", "Claimed by", "Amount", "Customer", "Register deal", "Request funds", "Ask",
      "Send", "Accept", "Decline", "Reason", "Decision", "Approve", "Reject", "Comment", "Scorecard", "Revenue", "To do",
      "Questions", "Answer", "Sign agreement", "Curriculum", "Courses", "Title", "Kind", "Published", "Results", "Goal",
      "Tier", "Type", "Employees", "Annual revenue", "Agreement", "Mail", "Lifecycle", "Overdue", "overdue", "Plan a campaign",
      "Verify", "Hold", "Review", "Chase", "Triage", "Follow up", "Countersign");

  /** The names of the user tasks in the test models (src/test/resources/test-models). */
  private static final Set<String> TEST_MODEL_TASKS = testModelTaskNames();

  /** The page's own words: headings, table heads, labels, buttons, navigation, terms, chips and task names. */
  private static final String CHROME =
      "return Array.from(document.querySelectorAll('header nav a, #who button, main h1:not(#partner-name), main h2, main h3,"
          + " main th, main label, main button, main dt, main .chip, main figcaption, main .legend, main a.task-link, #open-tasks a'))"
          + ".map(e => e.innerText).join('\\n')";

  @Autowired TestRestTemplate http;
  @Autowired Notifications notifications;
  @Autowired AccountService accounts;
  @Autowired Partners partners;
  @LocalServerPort int port;

  @Test
  void theMainPagesSpeakGermanToABrowserThatPrefersIt() throws IOException {
    Set<String> keys = bundleKeys();
    long onboarding = partnerInOnboarding(http, "sprache-ui.example");
    portalUser(http, accounts, notifications, onboarding, "ada@sprache-ui.example");
    long active = ActivePartners.store(partners, "aktiv-sprache", "DE");
    PortalUsers.provision(accounts, active, "pat@aktiv-sprache.com");
    String token = await().atMost(STEP).until(() -> new Mailbox(notifications).invitationToken(active), t -> t.isPresent()).orElseThrow();
    http.postForEntity("/api/invitations/" + token, json(Map.of("password", PORTAL_PASSWORD)), JsonNode.class);

    try (Browser browser = Browser.open(port, "de", "de-DE")) {
      browser.logIn("manager", "manager");
      assertThat(browser.script("return document.documentElement.lang")).isEqualTo("de");

      browser.visit("/board");
      browser.waitFor(By.cssSelector("#partner-table table"));
      assertThat(browser.driver().findElement(By.cssSelector("main h1")).getText()).isEqualTo("Partner");
      assertGerman(browser, keys, "board");

      browser.visit("/partners/" + onboarding);
      browser.waitUntil(d -> d.findElement(By.id("history")).getText().contains("Bewerbung eingegangen"));
      assertThat(browser.driver().findElement(By.id("partner-stage")).getText()).isEqualTo("Onboarding");
      assertGerman(browser, keys, "partner");

      browser.visit("/tasks");
      browser.waitFor(By.id("task-table"));
      assertGerman(browser, keys, "tasks");
      List<String> tasks = browser.driver().findElements(By.cssSelector("#task-table a.task-link")).stream()
          .map(a -> a.getAttribute("href")).limit(1).toList();
      for (String task : tasks) {
        browser.driver().get(task);
        browser.waitFor(By.cssSelector("#task-form .fjs-form, #task-form p"));
        assertGerman(browser, keys, "task");
      }

      browser.visit("/analytics");
      browser.waitFor(By.id("cycle-times"));
      assertGerman(browser, keys, "analytics");

      browser.visit("/library");
      browser.waitFor(By.id("library-create"));
      assertGerman(browser, keys, "library");

      browser.visit("/designer");
      browser.waitFor(By.cssSelector("#diagram.ready"));
      assertGerman(browser, keys, "processes");

      browser.visit("/regions");
      browser.waitFor(By.id("region-form"));
      assertThat(browser.driver().findElement(By.cssSelector("main h1")).getText()).isEqualTo("Regionen");
      assertThat(browser.driver().findElement(By.id("main")).getText()).contains("alle übrigen Länder").contains("Aktiv");
      browser.driver().findElement(By.id("budgets-GLOBAL")).click();
      browser.waitUntil(d -> d.findElement(By.id("region-budgets")).getText().contains("MDF-Budgets von Global programme"));
      browser.driver().findElement(By.id("totals-GLOBAL")).click();
      browser.waitUntil(d -> d.findElement(By.id("region-totals")).getText().contains("Summen von Global programme"));
      assertThat(browser.driver().findElement(By.id("region-totals")).getText()).contains("Gewonnener Umsatz").contains("Rückvergütungen");
      assertGerman(browser, keys, "regions");

      browser.visit("/campaigns");
      browser.waitFor(By.id("campaign-form"));
      assertGerman(browser, keys, "campaigns");

      // The switch: English at once, remembered over a reload although the browser prefers German.
      new Select(browser.waitFor(By.id("language"))).selectByValue("en");
      browser.waitUntil(d -> d.findElement(By.cssSelector("main h1")).getText().equals("Joint campaigns"));
      browser.driver().navigate().refresh();
      browser.waitUntil(d -> d.findElement(By.cssSelector("header nav")).getText().contains("Partners"));
      assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
      new Select(browser.waitFor(By.id("language"))).selectByValue("de");
      browser.waitUntil(d -> d.findElement(By.cssSelector("main h1")).getText().equals("Gemeinsame Kampagnen"));
      browser.assertNoConsoleErrors();
    }

    try (Browser browser = Browser.open(port, "de", "de-DE")) {
      browser.logIn("ada@sprache-ui.example", "correct horse 42");
      assertThat(browser.waitFor(By.id("agreement-step")).getText()).contains("Unterschreiben Sie den Partnervertrag");
      assertGerman(browser, keys, "portal-onboarding");
      browser.assertNoConsoleErrors();
    }

    try (Browser browser = Browser.open(port, "de", "de-DE")) {
      browser.logIn("pat@aktiv-sprache.com", PORTAL_PASSWORD);
      browser.waitFor(By.id("deal-form"));
      assertThat(browser.driver().findElement(By.id("main")).getText()).contains("Leads").contains("Ihnen wurde noch kein Lead angeboten.");
      assertGerman(browser, keys, "portal-leads");
      browser.assertNoConsoleErrors();
    }
  }

  /** No bundle key and no English UI word on the page; saved as de-{name}.png. */
  private static void assertGerman(Browser browser, Set<String> keys, String name) {
    browser.screenshot(name);
    String page = browser.driver().findElement(By.tagName("body")).getText();
    // Tasks of the test models other tests deploy into the shared engine carry their own English
    // names, as a designer's own process would: they are data, not the page's words.
    String chrome = ((String) browser.script(CHROME)).lines()
        .filter(line -> !TEST_MODEL_TASKS.contains(line.strip()))
        .collect(java.util.stream.Collectors.joining("\n"));
    // A whole key, not part of a longer name (the campaign copy's merge fields read {{partner.contactName}}).
    assertThat(keys).as("bundle keys shown on %s", name)
        .noneMatch(key -> Pattern.compile("(?<![\\w.{])" + Pattern.quote(key) + "(?![\\w}])").matcher(page).find());
    List<String> leaks = new ArrayList<>();
    for (String word : ENGLISH) {
      if (Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(word) + "(?![\\p{L}-])").matcher(chrome).find()) {
        leaks.add(word);
      }
    }
    assertThat(leaks).as("English words on the German %s page:%n%s", name, chrome).isEmpty();
  }

  private static Set<String> testModelTaskNames() {
    Set<String> names = new TreeSet<>();
    try (var models = java.nio.file.Files.list(java.nio.file.Path.of("src", "test", "resources", "test-models"))) {
      for (var model : models.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        Matcher task = Pattern.compile("<bpmn:userTask [^>]*name=\"([^\"]+)\"").matcher(java.nio.file.Files.readString(model));
        while (task.find()) {
          names.add(task.group(1));
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return names;
  }

  private static Set<String> bundleKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (InputStream in = GermanPagesBrowserTest.class.getResourceAsStream("/static/i18n/en.json")) {
      new ObjectMapper().readTree(in).fieldNames().forEachRemaining(keys::add);
    }
    return keys;
  }
}
