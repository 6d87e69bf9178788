package org.partnerengine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerengine.AgreementSigning.partnerInOnboarding;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerengine.Mailbox;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.feedback.FeedbackWorkers;
import org.partnerengine.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The survey in a real browser: the partner's contact opens the mailed link without logging in,
 * scores and comments; the same link then says it was answered; the manager's analytics page shows
 * the NPS chart. Screenshots land in target/screenshots.
 */
@Tag("browser")
@PartnerEngineTest
class PartnerSurveyBrowserTest {

  @Autowired TestRestTemplate http;
  @Autowired Notifications notifications;
  @Autowired FeedbackWorkers workers;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void aContactAnswersTheSurveyFromItsLinkAndTheManagerSeesTheScore() {
    long partnerId = partnerInOnboarding(http, "survey-ui.example");
    workers.invite(partnerId, "relationship-ui-" + partnerId, "RELATIONSHIP");
    String token = new Mailbox(notifications).surveyToken(partnerId).orElseThrow();

    try (Browser browser = Browser.open(port, "survey")) {
      browser.visit("/survey/" + token);
      browser.waitFor(By.id("survey-form"));
      assertThat(browser.driver().getPageSource()).contains("Survey-ui GmbH").contains("recommend our partner programme");
      browser.driver().findElement(By.cssSelector("#survey-scale input[value='8']")).click();
      browser.driver().findElement(By.id("survey-comment")).sendKeys("Quick answers from the partner team");
      browser.screenshot("survey-form");
      browser.driver().findElement(By.id("survey-submit")).click();
      assertThat(browser.waitFor(By.id("survey-done")).getText()).contains("Thank you");
      assertThat(jdbc.queryForObject("select score from survey_invitation where partner_id = ?", Integer.class, partnerId)).isEqualTo(8);

      browser.visit("/survey/" + token);
      browser.driver().navigate().refresh();
      assertThat(browser.waitFor(By.id("survey-done")).getText()).contains("answered already");
      browser.assertNoConsoleErrors("409");
    }
    try (Browser browser = Browser.open(port, "survey-nps")) {
      browser.logIn("manager", "manager");
      browser.visit("/analytics");
      browser.script("arguments[0].scrollIntoView()", browser.waitFor(By.id("nps-chart")));
      browser.screenshot("analytics-nps");
      browser.assertNoConsoleErrors();
    }
  }
}
