package org.partnerengine.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.partnerengine.ActivePartners;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The prediction API on the app: without a model in use a partner has no risk (409, never a guess);
 * a retrain on the young test database takes the snapshots it can and trains nothing.
 */
@PartnerEngineTest
class PredictionControllerTest {

  @Autowired TestRestTemplate http;
  @Autowired Partners partners;
  @Autowired PartnerEvents events;
  @Autowired JdbcTemplate jdbc;

  @Test
  void withoutAModelInUseNoPartnerIsScoredAndARetrainWithoutHistoryTrainsNothing() {
    TestRestTemplate manager = http.withBasicAuth("manager", "manager");
    long partnerId = ActivePartners.store(partners, "risk-unscored", "MT");

    ResponseEntity<JsonNode> risk = manager.getForEntity("/api/partners/" + partnerId + "/risk", JsonNode.class);
    assertThat(risk.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(risk.getBody().get("title").asText()).isEqualTo("No churn model in use");

    ResponseEntity<JsonNode> retrain = manager.postForEntity("/api/prediction/retrain", null, JsonNode.class);
    assertThat(retrain.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    long instance = retrain.getBody().get("processInstanceKey").asLong();
    await().atMost(Duration.ofSeconds(30)).until(
        () -> manager.getForObject("/api/process-instances/" + instance, JsonNode.class).path("state").asText().equals("COMPLETED"));
    assertThat(manager.getForObject("/api/prediction/models", JsonNode.class)).as("nothing labelled yet, nothing trained").isEmpty();
    assertThat(http.withBasicAuth("approver", "approver").getForEntity("/api/prediction/models", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }
}
