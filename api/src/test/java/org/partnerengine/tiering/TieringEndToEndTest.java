package org.partnerengine.tiering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.Requests.application;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.instances.ProcessInstanceReader;
import org.partnerengine.instances.ProcessInstanceView;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.partnerengine.paging.PageView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Tier reviews and offboarding on the whole app: the real workers, decisions and database. Deals
 * and certificates are another feature's tables, so the facts come from a stand-in source.
 */
@PartnerEngineTest
class TieringEndToEndTest {

  @TestConfiguration(proxyBeanMethods = false)
  static class GoldFacts {
    @Bean
    TierFactsSource goldFacts() {
      return new TierFactsSource() {
        @Override
        public TierFacts factsFor(long partnerId, Instant from, Instant to) {
          return new TierFacts(new BigDecimal("300000"), 2, new BigDecimal("0.35"));
        }

        @Override
        public BigDecimal wonRevenue(long partnerId, Instant from, Instant to) {
          return new BigDecimal("120000");
        }
      };
    }
  }

  TestRestTemplate http;

  /** The API is used as a partner manager, who may act for any partner. */
  @Autowired
  void signInAsManager(TestRestTemplate anonymous) {
    http = anonymous.withBasicAuth("manager", "manager");
  }
  @Autowired TierReviews reviews;
  @Autowired TierChanges tierChanges;
  @Autowired Partners partners;
  @Autowired PartnerEvents events;
  @Autowired CamundaClient camunda;
  @Autowired TierReviewSchedule schedule;
  @Autowired ZeebeTestEngine engine;
  @Autowired ProcessInstanceReader instances;

  @Test
  void aRequestedReviewUpgradesThePartnerAndShowsInItsTierHistory() {
    long partnerId = newPartner();

    reviews.request(partnerId, TierReviewTrigger.MANUAL, "e2e-1");

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !tierChanges.findByPartnerIdOrderByDecidedAtAscIdAsc(partnerId).isEmpty());
    JsonNode history = http.getForObject("/api/partners/" + partnerId + "/tier-history", JsonNode.class);
    assertThat(history).hasSize(1);
    assertThat(history.at("/0/outcome").asText()).isEqualTo("UPGRADED");
    assertThat(history.at("/0/fromTier").asText()).isEqualTo("REGISTERED");
    assertThat(history.at("/0/toTier").asText()).isEqualTo("GOLD");
    assertThat(history.at("/0/trigger").asText()).isEqualTo("MANUAL");
    assertThat(history.at("/0/reason").asText()).startsWith("Gold:");
    assertThat(http.getForObject("/api/partners/" + partnerId, JsonNode.class).get("tier").asText()).isEqualTo("GOLD");
  }

  @Test
  void theAppStartsOneTierReviewSchedule() throws Exception {
    await().atMost(Duration.ofSeconds(20)).until(() -> instancesOf("tier-review-schedule") == 1);

    // What a second app instance does at its start: the running schedule swallows it.
    schedule.start();
    // The publication is answered once processed; idle means all it set off is processed too.
    engine.waitForIdleState(Duration.ofSeconds(20));

    assertThat(instancesOf("tier-review-schedule")).isEqualTo(1);
  }

  @Test
  void theTierHistoryOfAnUnknownPartnerIsA404() {
    ResponseEntity<JsonNode> response = http.getForEntity("/api/partners/999999/tier-history", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void offboardingRevokesReleasesAndLeavesThePartnerOffboardedWithItsHistory() {
    long partnerId = newPartner();

    camunda
        .newCreateInstanceCommand()
        .bpmnProcessId("partner-offboarding")
        .latestVersion()
        .variables(Map.of("partnerId", partnerId, "reason", "Contract terminated"))
        .send()
        .join();

    await().atMost(Duration.ofSeconds(30)).until(() -> partners.require(partnerId).getStage() == Stage.OFFBOARDED);
    JsonNode history = http.getForObject("/api/partners/" + partnerId + "/history", JsonNode.class);
    List<String> types = history.findValuesAsText("type");
    assertThat(types).contains("APPLICATION_RECEIVED", "ACCESS_REVOKED", "DEALS_RELEASED", "MDF_RESERVATIONS_CANCELLED", "OFFBOARDED");
    // The three clean-ups run in parallel; the offboarding is recorded only after all of them.
    assertThat(types.indexOf("OFFBOARDED"))
        .isGreaterThan(types.indexOf("ACCESS_REVOKED"))
        .isGreaterThan(types.indexOf("DEALS_RELEASED"))
        .isGreaterThan(types.indexOf("MDF_RESERVATIONS_CANCELLED"));
  }

  /** Instances ever started, as the app lists them (the engine's log forgets them). */
  private long instancesOf(String bpmnProcessId) {
    long count = 0;
    PageView<ProcessInstanceView.Summary> page;
    int number = 0;
    do {
      page = instances.list(null, number++, PageView.MAX_SIZE);
      count += page.content().stream().filter(instance -> bpmnProcessId.equals(instance.bpmnProcessId())).count();
    } while (number < page.page().totalPages());
    return count;
  }

  private long newPartner() {
    ResponseEntity<JsonNode> created = http.postForEntity("/api/applications", json(application()), JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("partnerId").asLong();
  }
}
