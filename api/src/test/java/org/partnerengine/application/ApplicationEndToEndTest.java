package org.partnerengine.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import static org.partnerengine.Requests.application;
import static org.partnerengine.Requests.json;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@PartnerEngineTest
class ApplicationEndToEndTest {

  @Autowired TestRestTemplate http;
  @Autowired Partners partners;
  @Autowired PartnerEvents events;

  private TestRestTemplate asManager() {
    return http.withBasicAuth("manager", "manager");
  }

  @Test
  void anApplicationBecomesAPartnerWhoseLifecycleRunsItsFirstWorker() {
    ResponseEntity<JsonNode> response =
        http.postForEntity("/api/applications", json(application()), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long partnerId = response.getBody().get("partnerId").asLong();
    long processInstanceKey = response.getBody().get("processInstanceKey").asLong();
    assertThat(processInstanceKey).isPositive();
    assertThat(response.getBody().get("stage").asText()).isEqualTo("RECRUIT");
    assertThat(response.getHeaders().getLocation()).hasPath("/api/partners/" + partnerId);

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> events.countByPartnerIdAndType(partnerId, "APPLICATION_ENRICHED") == 1);

    JsonNode partner = asManager().getForObject("/api/partners/" + partnerId, JsonNode.class);
    assertThat(partner.get("companyDomain").asText()).isEqualTo("acme-cloud.de");
    assertThat(partner.get("processInstanceKey").asLong()).isEqualTo(processInstanceKey);
    JsonNode history = asManager().getForObject("/api/partners/" + partnerId + "/history", JsonNode.class);
    // The lifecycle goes on after enrichment (stages, screening), so only the start is fixed.
    assertThat(history.findValuesAsText("type")).startsWith("APPLICATION_RECEIVED", "APPLICATION_ENRICHED");
  }

  @Test
  void healthReportsTheEngineAndTheDatabaseToStaff() {
    JsonNode health = asManager().getForObject("/actuator/health", JsonNode.class);

    assertThat(health.get("status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/engine/status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/engine/details/mode").asText()).isEqualTo("embedded");
    assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
    JsonNode forAnyone = http.getForObject("/actuator/health", JsonNode.class);
    assertThat(forAnyone.get("status").asText()).isEqualTo("UP");
    assertThat(forAnyone.has("components")).isFalse();
  }

  @Test
  void badInputIsA400NamingTheFieldAndStoresNothing() {
    long before = partners.count();
    Map<String, Object> wrongType = application();
    wrongType.put("employees", "forty");

    ResponseEntity<JsonNode> typeError = http.postForEntity("/api/applications", json(wrongType), JsonNode.class);
    ResponseEntity<JsonNode> malformed = http.postForEntity("/api/applications", json("{\"companyName\": "), JsonNode.class);
    Map<String, Object> missing = application();
    missing.remove("contactEmail");
    ResponseEntity<JsonNode> missingField = http.postForEntity("/api/applications", json(missing), JsonNode.class);

    assertThat(typeError.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(typeError.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(typeError.getBody().at("/errors/0/field").asText()).isEqualTo("employees");
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getBody().get("title").asText()).isEqualTo("Malformed request body");
    assertThat(missingField.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missingField.getBody().at("/errors/0/field").asText()).isEqualTo("contactEmail");
    assertThat(partners.count()).isEqualTo(before);
  }

  @Test
  void anUnknownPartnerIs404() {
    ResponseEntity<JsonNode> response = asManager().getForEntity("/api/partners/999999", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }
}
