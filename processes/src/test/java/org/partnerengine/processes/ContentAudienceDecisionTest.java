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

@ZeebeProcessTest
class ContentAudienceDecisionTest {

  ZeebeTestEngine engine;
  ZeebeClient client;

  @BeforeEach
  void deploy() {
    new ProcessTestSupport(engine, client).deployAll();
  }

  @Test
  void anAssetWithNoAudienceConditionsIsForEveryActivePartner() {
    assertThat(visible(partner(), asset())).isTrue();
  }

  @Test
  void applicantsRejectedAndOffboardedPartnersSeeNothing() {
    for (String stage : List.of("RECRUIT", "REJECTED", "OFFBOARDED")) {
      Map<String, Object> partner = partner();
      partner.put("stage", stage);
      assertThat(visible(partner, asset())).as(stage).isFalse();
    }
  }

  @Test
  void theAssetsPartnerTypesCountriesTierAndCertificateMustAllFit() {
    Map<String, Object> asset = asset();
    asset.put("audiencePartnerTypes", List.of("RESELLER", "MSP"));
    asset.put("audienceCountries", List.of("DE", "AT"));
    asset.put("audienceMinimumTier", "GOLD");
    asset.put("audienceCertificate", "sales-certification");
    assertThat(visible(partner(), asset)).isTrue();

    Map<String, Object> integrator = partner();
    integrator.put("partnerType", "SYSTEM_INTEGRATOR");
    assertThat(visible(integrator, asset)).isFalse();
    Map<String, Object> french = partner();
    french.put("country", "FR");
    assertThat(visible(french, asset)).isFalse();
    Map<String, Object> silver = partner();
    silver.put("tier", "SILVER");
    assertThat(visible(silver, asset)).isFalse();
    Map<String, Object> noTier = partner();
    noTier.put("tier", null);
    assertThat(visible(noTier, asset)).isFalse();
    Map<String, Object> uncertified = partner();
    uncertified.put("certificates", List.of());
    assertThat(visible(uncertified, asset)).isFalse();
  }

  private boolean visible(Map<String, Object> partner, Map<String, Object> asset) {
    Map<String, Object> variables = new HashMap<>(partner);
    variables.putAll(asset);
    String output =
        client.newEvaluateDecisionCommand().decisionId("content-audience").variables(variables).send().join().getDecisionOutput();
    return Boolean.parseBoolean(output);
  }

  private static Map<String, Object> partner() {
    Map<String, Object> partner = new HashMap<>();
    partner.put("partnerType", "RESELLER");
    partner.put("tier", "PLATINUM");
    partner.put("country", "DE");
    partner.put("stage", "ACTIVE");
    partner.put("certificates", List.of("sales-certification", "technical-certification"));
    return partner;
  }

  private static Map<String, Object> asset() {
    Map<String, Object> asset = new HashMap<>();
    asset.put("audiencePartnerTypes", null);
    asset.put("audienceMinimumTier", null);
    asset.put("audienceCountries", null);
    asset.put("audienceCertificate", null);
    return asset;
  }
}
