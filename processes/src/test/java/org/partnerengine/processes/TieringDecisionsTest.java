package org.partnerengine.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The partner-tier and rebate-rate decisions, evaluated by the engine as the processes call them. */
@ZeebeProcessTest
class TieringDecisionsTest {

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void platinumNeedsRevenueCertificatesAndWinRateTogether() throws Exception {
    assertThat(tier(1_000_000, 3, 0.4)).isEqualTo("PLATINUM");
    assertThat(tier(1_000_000, 3, 0.39)).isEqualTo("GOLD");
    assertThat(tier(1_000_000, 2, 0.9)).isEqualTo("GOLD");
  }

  @Test
  void goldAndSilverHaveLowerThresholds() throws Exception {
    assertThat(tier(250_000, 2, 0.3)).isEqualTo("GOLD");
    assertThat(tier(249_999, 2, 0.3)).isEqualTo("SILVER");
    assertThat(tier(50_000, 1, 0)).isEqualTo("SILVER");
  }

  @Test
  void aPartnerWithoutACertificateStaysRegisteredWhateverItSells() throws Exception {
    assertThat(tier(5_000_000, 0, 1)).isEqualTo("REGISTERED");
    assertThat(tier(49_999, 3, 1)).isEqualTo("REGISTERED");
  }

  @Test
  void keepsTheRuleThatFiredAsTheReason() throws Exception {
    JsonNode decision = evaluate("partner-tier", Map.of("bookedRevenue", 300_000, "activeCertificates", 2, "winRate", 0.35));

    assertThat(decision.get("tierReason").asText())
        .isEqualTo("Gold: booked revenue of 250,000 or more, 2 or more active certificates and a win rate of 30% or more");
  }

  @Test
  void rebateRatesGrowWithTierAndAStrongQuarter() throws Exception {
    assertThat(rate("PLATINUM", 250_000)).isEqualTo(6.0);
    assertThat(rate("PLATINUM", 249_999)).isEqualTo(5.0);
    assertThat(rate("GOLD", 100_000)).isEqualTo(4.0);
    assertThat(rate("GOLD", 0)).isEqualTo(3.0);
    assertThat(rate("SILVER", 50_000)).isEqualTo(2.5);
    assertThat(rate("SILVER", 49_999)).isEqualTo(2.0);
  }

  @Test
  void registeredPartnersEarnNoRebate() throws Exception {
    assertThat(rate("REGISTERED", 1_000_000)).isEqualTo(0.0);
  }

  private String tier(double bookedRevenue, int activeCertificates, double winRate) throws Exception {
    return evaluate(
            "partner-tier",
            Map.of("bookedRevenue", bookedRevenue, "activeCertificates", activeCertificates, "winRate", winRate))
        .get("tier")
        .asText();
  }

  private double rate(String tier, double quarterlyRevenue) throws Exception {
    return evaluate("rebate-rate", Map.of("tier", tier, "quarterlyRevenue", quarterlyRevenue)).asDouble();
  }

  private JsonNode evaluate(String decisionId, Map<String, Object> variables) throws Exception {
    String output =
        client.newEvaluateDecisionCommand().decisionId(decisionId).variables(variables).send().join().getDecisionOutput();
    return new ObjectMapper().readTree(output);
  }
}
