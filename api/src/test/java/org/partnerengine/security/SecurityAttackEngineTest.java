package org.partnerengine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerengine.Requests.application;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.process.test.engine.LongRunningEngine;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Attacks on the engine itself: its gateway, the designers' trial starts, and what the health
 * endpoint tells a stranger. Each is refused and nothing changes.
 */
@PartnerEngineTest
class SecurityAttackEngineTest {

  @Autowired TestRestTemplate http;
  @Autowired LongRunningEngine engine;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theEnginesGatewayCannotBeReachedFromOutsideTheApp() {
    // Its gRPC gateway has no login: open, it would take exam results, task completions and new
    // versions of the business processes from anyone who reaches the port.
    assertThat(engine.toolsGatewayAddresses()).isEmpty();
  }

  @Test
  void aDesignersTrialStartCannotOffboardARealPartner() {
    long partnerId = http.postForEntity("/api/applications", json(application()), JsonNode.class).getBody().get("partnerId").asLong();

    ResponseEntity<JsonNode> refused =
        http.withBasicAuth("designer", "designer")
            .postForEntity(
                "/api/processes/partner-offboarding/instances",
                json(Map.of("variables", Map.of("partnerId", partnerId, "reason", "trial"))),
                JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(refused.getBody().get("title").asText()).isEqualTo("Not a sandbox process");
    // The partner's own lifecycle goes on; nothing of an offboarding ever happens to it.
    assertThat(stage(partnerId)).isNotEqualTo("OFFBOARDED");
    assertThat(offboardingEntries(partnerId)).isZero();
  }

  @Test
  void healthTellsAStrangerOnlyWhetherTheAppIsUp() {
    JsonNode forAnyone = http.getForObject("/actuator/health", JsonNode.class);
    JsonNode forStaff = http.withBasicAuth("manager", "manager").getForObject("/actuator/health", JsonNode.class);

    assertThat(forAnyone.get("status").asText()).isEqualTo("UP");
    assertThat(forAnyone.has("components")).isFalse();
    assertThat(forStaff.at("/components/engine/status").asText()).isEqualTo("UP");
  }

  private String stage(long partnerId) {
    return jdbc.queryForObject("select stage from partner where id = ?", String.class, partnerId);
  }

  private int offboardingEntries(long partnerId) {
    return jdbc.queryForObject(
        "select count(*) from partner_event where partner_id = ? and type like 'OFFBOARD%'", Integer.class, partnerId);
  }
}
