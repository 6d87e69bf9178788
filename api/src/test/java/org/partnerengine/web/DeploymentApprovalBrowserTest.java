package org.partnerengine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerengine.Models;
import org.partnerengine.PartnerEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Four eyes on the page: the designer who asked for a new version of a product process sees its
 * approval task read-only, and a second designer approves it through the task's form.
 */
@Tag("browser")
@PartnerEngineTest
class DeploymentApprovalBrowserTest {

  private static final Duration STEP = Duration.ofSeconds(30);

  @Autowired TestRestTemplate http;
  @LocalServerPort int port;

  @Test
  void theRequesterSeesTheTaskReadOnlyAndASecondDesignerApprovesItOnThePage() throws IOException {
    long requestId = requestNewRecruitment("Approved on the page.");
    long taskId = await().atMost(STEP).until(() -> openTask(requestId), t -> t != null).get("id").asLong();

    try (Browser browser = Browser.open(port, "requester")) {
      browser.logIn("designer", "designer");
      browser.visit("/tasks/" + taskId);
      browser.waitFor(By.id("own-request"));
      assertThat(browser.driver().findElement(By.id("complete")).isEnabled()).isFalse();
      assertThat(browser.driver().findElements(By.xpath("//button[normalize-space()='Claim']"))).isEmpty();
      browser.screenshot("deployment-approval-requester");
      browser.assertNoConsoleErrors();
    }

    try (Browser browser = Browser.open(port, "reviewer")) {
      browser.logIn("reviewer", "reviewer");
      browser.visit("/tasks");
      browser.waitFor(By.cssSelector("#task-table a[href='#/tasks/" + taskId + "']")).click();
      browser.waitFor(
              By.xpath("//div[@id='task-form']//div[contains(@class, 'fjs-inline-label')][.//label[contains(., 'Approve')]]//input[@type='radio']"))
          .click();
      assertThat(browser.driver().findElement(By.id("task-name")).getText()).isEqualTo("Approve deployment");
      assertThat(browser.driver().findElement(By.id("task-form")).getText()).contains("partner-recruitment");
      browser.driver().findElement(By.cssSelector("#task-form textarea")).sendKeys("Only the documentation changed");
      browser.screenshot("deployment-approval-reviewer");
      browser.driver().findElement(By.id("complete")).click();

      browser.waitUntil(d -> d.getCurrentUrl().endsWith("#/tasks") && d.findElements(By.cssSelector("a[href='#/tasks/" + taskId + "']")).isEmpty());
      browser.assertNoConsoleErrors();
    }

    JsonNode decided =
        await().atMost(STEP).until(() -> manager().getForObject("/api/deployment-requests/" + requestId, JsonNode.class),
            r -> r.hasNonNull("deploymentKey"));
    assertThat(decided.get("status").asText()).isEqualTo("APPROVED");
    assertThat(decided.get("decidedBy").asText()).isEqualTo("reviewer");
    assertThat(decided.get("decisionReason").asText()).isEqualTo("Only the documentation changed");
  }

  private long requestNewRecruitment(String marker) throws IOException {
    String recruitment = new ClassPathResource("processes/partner-recruitment.bpmn").getContentAsString(StandardCharsets.UTF_8);
    String changed = recruitment.replaceFirst("(<bpmn:process [^>]*>)", "$1<bpmn:documentation>" + marker + "</bpmn:documentation>");
    ResponseEntity<JsonNode> asked =
        http.withBasicAuth("designer", "designer")
            .postForEntity("/api/deployments", Models.upload("partner-recruitment.bpmn", changed), JsonNode.class);
    assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    return asked.getBody().get("id").asLong();
  }

  /** The open approval task of the request, as the second designer's inbox lists it, or null. */
  private JsonNode openTask(long requestId) {
    JsonNode page = http.withBasicAuth("reviewer", "reviewer").getForObject("/api/tasks?state=CREATED&size=100", JsonNode.class);
    return StreamSupport.stream(page.get("content").spliterator(), false)
        .filter(t -> t.path("subject").path("type").asText().equals("deployment-request"))
        .filter(t -> t.path("subject").path("id").asLong() == requestId)
        .findFirst()
        .orElse(null);
  }

  private TestRestTemplate manager() {
    return http.withBasicAuth("manager", "manager");
  }
}
