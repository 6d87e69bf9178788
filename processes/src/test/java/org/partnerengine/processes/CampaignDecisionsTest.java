package org.partnerengine.processes;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** campaign-eligibility (who is invited, and why not) and campaign-funding (the vendor's share). */
@ZeebeProcessTest
class CampaignDecisionsTest {

  ZeebeTestEngine engine;
  ZeebeClient client;

  @BeforeEach
  void deploy() {
    new ProcessTestSupport(engine, client).deployAll();
  }

  @Test
  void anActivePartnerIsInvitedToACampaignForAnyone() {
    assertThat(eligibility(partner(), audience())).isEqualTo("{\"eligible\":true,\"reason\":\"IN_AUDIENCE\"}");
  }

  @Test
  void eachConditionTheCampaignNamesLeavesOutThePartnersItDoesNotFitWithItsReason() {
    Map<String, Object> audience = audience();
    audience.put("audiencePartnerTypes", List.of("RESELLER"));
    audience.put("audienceMinimumTier", "GOLD");
    audience.put("audienceCountries", List.of("DE", "AT"));
    audience.put("audienceCertificate", "sales-certification");
    assertThat(eligibility(partner(), audience)).contains("\"eligible\":true");

    assertThat(eligibility(with("stage", "CERTIFY"), audience)).contains("NOT_ACTIVE");
    assertThat(eligibility(with("partnerType", "SYSTEM_INTEGRATOR"), audience)).contains("PARTNER_TYPE");
    assertThat(eligibility(with("tier", "SILVER"), audience)).contains("TIER");
    assertThat(eligibility(with("tier", null), audience)).contains("TIER");
    assertThat(eligibility(with("country", "FR"), audience)).contains("COUNTRY");
    assertThat(eligibility(with("certificates", List.of()), audience)).contains("CERTIFICATE").contains("\"eligible\":false");
  }

  @Test
  void theVendorFundsMoreOfALaunchAndRegisteredPartnersFundTheirOwnAwareness() {
    assertThat(vendorShare("PRODUCT_LAUNCH", "PLATINUM")).isEqualTo("80");
    assertThat(vendorShare("PRODUCT_LAUNCH", "GOLD")).isEqualTo("70");
    assertThat(vendorShare("PRODUCT_LAUNCH", "SILVER")).isEqualTo("60");
    assertThat(vendorShare("PRODUCT_LAUNCH", null)).isEqualTo("50");
    assertThat(vendorShare("DEMAND_GENERATION", "PLATINUM")).isEqualTo("70");
    assertThat(vendorShare("AWARENESS", "GOLD")).isEqualTo("50");
    assertThat(vendorShare("AWARENESS", "SILVER")).isEqualTo("40");
    assertThat(vendorShare("AWARENESS", "REGISTERED")).isEqualTo("0");
    assertThat(vendorShare("DEMAND_GENERATION", null)).isEqualTo("0");
  }

  private String eligibility(Map<String, Object> partner, Map<String, Object> audience) {
    Map<String, Object> variables = new HashMap<>(partner);
    variables.putAll(audience);
    return client.newEvaluateDecisionCommand().decisionId("campaign-eligibility").variables(variables).send().join().getDecisionOutput();
  }

  private String vendorShare(String goal, String tier) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("goal", goal);
    variables.put("tier", tier);
    return client.newEvaluateDecisionCommand().decisionId("campaign-funding").variables(variables).send().join().getDecisionOutput();
  }

  private static Map<String, Object> with(String fact, Object value) {
    Map<String, Object> partner = partner();
    partner.put(fact, value);
    return partner;
  }

  private static Map<String, Object> partner() {
    Map<String, Object> partner = new HashMap<>();
    partner.put("partnerType", "RESELLER");
    partner.put("tier", "PLATINUM");
    partner.put("country", "DE");
    partner.put("stage", "ACTIVE");
    partner.put("certificates", List.of("sales-certification"));
    return partner;
  }

  private static Map<String, Object> audience() {
    Map<String, Object> audience = new HashMap<>();
    audience.put("audiencePartnerTypes", null);
    audience.put("audienceMinimumTier", null);
    audience.put("audienceCountries", null);
    audience.put("audienceCertificate", null);
    return audience;
  }
}
