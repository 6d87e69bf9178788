package org.partnerengine.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The partner-attention decision, evaluated by the engine as the review calls it. */
@ZeebeProcessTest
class PartnerAttentionDecisionTest {

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void aHealthyActivePartnerNeedsNoAttention() throws Exception {
    assertThat(reasons(facts())).isEmpty();
  }

  @Test
  void aCertifiedActivePartnerWithoutADealForMoreThan90DaysIsAtRisk() throws Exception {
    assertThat(reasons(facts("daysWithoutDeal", 91))).containsExactly("NO_RECENT_DEALS:AT_RISK");
    assertThat(reasons(facts("daysWithoutDeal", 90))).isEmpty();
    assertThat(reasons(facts("daysWithoutDeal", 200, "certified", false))).as("not certified").isEmpty();
    assertThat(reasons(facts("daysWithoutDeal", 200, "stage", "CERTIFY"))).as("not active yet").isEmpty();
  }

  @Test
  void aCertificateExpiringWithin60DaysWithoutARetakeIsAtRisk() throws Exception {
    assertThat(reasons(facts("daysToCertificateExpiry", 60))).containsExactly("CERTIFICATE_EXPIRING:AT_RISK");
    assertThat(reasons(facts("daysToCertificateExpiry", 61))).isEmpty();
    assertThat(reasons(facts("daysToCertificateExpiry", 10, "retakeStarted", true))).isEmpty();
  }

  @Test
  void aPartnerWithoutAnyCertificateMatchesNoExpiryRule() throws Exception {
    assertThat(reasons(facts("daysToCertificateExpiry", null, "certified", false))).isEmpty();
  }

  @Test
  void onboardingPastIts30DaySlaIsAtRisk() throws Exception {
    assertThat(reasons(facts("stage", "ONBOARD", "daysInStage", 31))).containsExactly("ONBOARDING_STALLED:AT_RISK");
    assertThat(reasons(facts("stage", "ONBOARD", "daysInStage", 30))).isEmpty();
    assertThat(reasons(facts("stage", "ENABLE", "daysInStage", 300))).isEmpty();
  }

  @Test
  void growingRevenuePastTheNextTiersThresholdIsReadyToGrow() throws Exception {
    String ready = "REVENUE_PAST_NEXT_TIER:READY_TO_GROW";
    assertThat(reasons(facts("annualisedRevenue", 50_000, "revenueGrowing", true))).containsExactly(ready);
    assertThat(reasons(facts("annualisedRevenue", 49_999, "revenueGrowing", true))).isEmpty();
    assertThat(reasons(facts("annualisedRevenue", 80_000, "revenueGrowing", false))).as("not growing").isEmpty();
    assertThat(reasons(facts("tier", "SILVER", "annualisedRevenue", 250_000, "revenueGrowing", true))).containsExactly(ready);
    assertThat(reasons(facts("tier", "SILVER", "annualisedRevenue", 249_999, "revenueGrowing", true))).isEmpty();
    assertThat(reasons(facts("tier", "GOLD", "annualisedRevenue", 1_000_000, "revenueGrowing", true))).containsExactly(ready);
    assertThat(reasons(facts("tier", "PLATINUM", "annualisedRevenue", 9_000_000, "revenueGrowing", true)))
        .as("no tier above platinum")
        .isEmpty();
  }

  @Test
  void aPartnerTheChurnModelGivesOneChanceInTwoOfChurningIsAtRisk() throws Exception {
    assertThat(reasons(facts("churnProbability", 0.5))).containsExactly("PREDICTED_CHURN:AT_RISK");
    assertThat(reasons(facts("churnProbability", 0.49))).isEmpty();
    assertThat(reasons(facts("churnProbability", null))).as("no model in use").isEmpty();
    assertThat(reasons(facts("churnProbability", 0.9, "stage", "CERTIFY"))).as("not active").isEmpty();
  }

  @Test
  void everyMatchingRuleAddsItsReason() throws Exception {
    assertThat(reasons(facts("daysWithoutDeal", 100, "daysToCertificateExpiry", 30)))
        .containsExactlyInAnyOrder("NO_RECENT_DEALS:AT_RISK", "CERTIFICATE_EXPIRING:AT_RISK");
  }

  /** A certified active registered partner with a recent deal and no change in sight, then the changes. */
  private static Map<String, Object> facts(Object... changes) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("stage", "ACTIVE");
    facts.put("tier", "REGISTERED");
    facts.put("certified", true);
    facts.put("daysWithoutDeal", 10);
    facts.put("daysToCertificateExpiry", 300);
    facts.put("retakeStarted", false);
    facts.put("daysInStage", 100);
    facts.put("annualisedRevenue", 10_000);
    facts.put("revenueGrowing", false);
    facts.put("churnProbability", 0.05);
    for (int i = 0; i < changes.length; i += 2) {
      facts.put((String) changes[i], changes[i + 1]);
    }
    return facts;
  }

  private List<String> reasons(Map<String, Object> facts) throws Exception {
    String output =
        client.newEvaluateDecisionCommand().decisionId("partner-attention").variables(facts).send().join().getDecisionOutput();
    JsonNode rows = new ObjectMapper().readTree(output);
    List<String> reasons = new ArrayList<>();
    rows.forEach(row -> reasons.add(row.get("reason").asText() + ":" + row.get("kind").asText()));
    return reasons;
  }
}
