package org.partnerengine.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    JsonNode woodgrove = demoPartners().stream().filter(p -> p.path("companyName").asText().equals("Woodgrove Partners")).findFirst().orElseThrow();
    JsonNode approvals =
        http.withBasicAuth("approver", "approver").getForObject("/api/tasks?state=CREATED&partnerId=" + woodgrove.get("id").asLong(), JsonNode.class);
    assertThat(approvals.path("content").findValuesAsText("elementId")).containsExactly("Task_ApproveApplication");
    JsonNode northwind = demoPartners().stream().filter(p -> p.path("companyName").asText().equals("Northwind Traders")).findFirst().orElseThrow();
    JsonNode partner = http.withBasicAuth("manager", "manager").getForObject("/api/partners/" + northwind.get("id").asLong(), JsonNode.class);
    assertThat(partner.at("/certificates/0/status").asText()).isEqualTo("ACTIVE");
    // Signed as a partner signs in the portal: the signed copy opens.
    JsonNode signature =
        http.withBasicAuth("manager", "manager").getForObject("/api/partners/" + northwind.get("id").asLong() + "/agreement/signature", JsonNode.class);
    assertThat(signature.path("signerName").asText()).isEqualTo("Demo Contact");
    assertThat(signature.path("documentSha256").asText()).hasSize(64);
  }

  private Map<String, Integer> stages() {
    Map<String, Integer> counts = new TreeMap<>();
    demoPartners().forEach(partner -> counts.merge(partner.path("stage").asText(), 1, Integer::sum));
    return counts;
  }

  /** Every partner of this context's own database: the demo's and nobody else's. */
  private List<JsonNode> demoPartners() {
    List<JsonNode> demo = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode partners = http.withBasicAuth("manager", "manager").getForObject("/api/partners?size=100&page=" + page, JsonNode.class);
      partners.path("content").forEach(demo::add);
      if (page + 1 >= partners.at("/page/totalPages").asInt()) {
        return demo;
      }
    }
  }
}
