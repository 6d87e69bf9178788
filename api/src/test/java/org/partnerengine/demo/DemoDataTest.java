package org.partnerengine.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** The demo partners reach their stages through the real processes, after startup. */
@PartnerEngineTest
@TestPropertySource(properties = "partner-engine.demo-data.enabled=true")
// Its own engine, not shared with other tests: stopped when done.
@DirtiesContext
class DemoDataTest {

  @Autowired TestRestTemplate http;

  @Test
  void aDozenPartnersAreSpreadOverTheStagesWithApprovalsWaitingInTheInbox() {
    Map<String, Integer> expected =
        Map.of("RECRUIT", 3, "ONBOARD", 2, "ENABLE", 2, "CERTIFY", 2, "ACTIVE", 2, "REJECTED", 1);

    await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(stages()).isEqualTo(new TreeMap<>(expected)));

    JsonNode approvals = http.withBasicAuth("approver", "approver").getForObject("/api/tasks?state=CREATED", JsonNode.class);
    assertThat(approvals.path("content").findValuesAsText("elementId")).containsOnly("Task_ApproveApplication").hasSize(3);
    JsonNode active = http.withBasicAuth("manager", "manager").getForObject("/api/partners?stage=ACTIVE", JsonNode.class);
    long activeId = active.at("/content/0/id").asLong();
    JsonNode partner = http.withBasicAuth("manager", "manager").getForObject("/api/partners/" + activeId, JsonNode.class);
    assertThat(partner.at("/certificates/0/status").asText()).isEqualTo("ACTIVE");
  }

  private Map<String, Integer> stages() {
    Map<String, Integer> counts = new TreeMap<>();
    JsonNode page = http.withBasicAuth("manager", "manager").getForObject("/api/partners?size=100", JsonNode.class);
    for (JsonNode partner : page.path("content")) {
      counts.merge(partner.path("stage").asText(), 1, Integer::sum);
    }
    return counts;
  }
}
