package org.partnerengine.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The partner-fit decision evaluated by the engine, as the recruitment process calls it. */
@ZeebeProcessTest
class PartnerFitDecisionTest {

  ZeebeTestEngine engine;
  ZeebeClient client;

  @BeforeEach
  void deploy() {
    new ProcessTestSupport(engine, client).deployAll();
  }

  @Test
  void aLargeIntegratorInACoreMarketIsFastTracked() {
    Map<String, Object> fit = fit("SYSTEM_INTEGRATOR", "DE", 20_000_000, 200, List.of("cloud"));

    assertThat(fit).containsEntry("recommendation", "FAST_TRACK").containsEntry("fitScore", 100);
  }

  @Test
  void aMidSizedResellerOutsideTheCoreMarketsIsReviewed() {
    Map<String, Object> fit = fit("RESELLER", "BR", 500_000, 12, List.of());

    assertThat(fit).containsEntry("recommendation", "REVIEW").containsEntry("fitScore", 40);
  }

  @Test
  void aTinyReferralPartnerIsRejected() {
    Map<String, Object> fit = fit("REFERRAL", "BR", 50_000, 2, List.of());

    assertThat(fit).containsEntry("recommendation", "REJECT").containsEntry("fitScore", 10);
  }

  @Test
  void aSmallTechnologyAllianceWithAnIntegrationIsFastTracked() {
    // 25 (alliance) + 15 (an alliance with integrations) + 10 (revenue) + 10 (employees) + 10 (a specialisation) = 70
    Map<String, Object> fit = fit("TECHNOLOGY_ALLIANCE", "BR", 500_000, 12, List.of("crm-connector"));

    assertThat(fit).containsEntry("recommendation", "FAST_TRACK").containsEntry("fitScore", 70);
  }

  @Test
  void anAllianceWithNothingIntegratedYetIsReviewed() {
    Map<String, Object> fit = fit("TECHNOLOGY_ALLIANCE", "BR", 500_000, 12, List.of());

    assertThat(fit).containsEntry("recommendation", "REVIEW").containsEntry("fitScore", 45);
  }

  @Test
  void aServiceProviderIsScoredForItsType() {
    // 20 (service provider) + 10 (core market) + 20 (revenue 1-10 million) + 10 (10-49 employees) = 60
    Map<String, Object> fit = fit("SERVICE_PROVIDER", "DE", 2_000_000, 12, List.of());

    assertThat(fit).containsEntry("recommendation", "REVIEW").containsEntry("fitScore", 60);
  }

  @Test
  void theThresholdsAreInclusive() {
    // 30 (distributor) + 10 (core market) + 20 (revenue 1-10 million) + 10 (10-49 employees) = 70
    Map<String, Object> fit = fit("DISTRIBUTOR", "US", 1_000_000, 10, List.of());

    assertThat(fit).containsEntry("recommendation", "FAST_TRACK").containsEntry("fitScore", 70);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> fit(String partnerType, String country, long annualRevenue, int employees, List<String> specialisations) {
    String json =
        client
            .newEvaluateDecisionCommand()
            .decisionId("partner-fit")
            .variables(
                Map.of(
                    "partnerType", partnerType,
                    "country", country,
                    "annualRevenue", annualRevenue,
                    "employees", employees,
                    "specialisations", specialisations))
            .send()
            .join()
            .getDecisionOutput();
    try {
      return new ObjectMapper().readValue(json, Map.class);
    } catch (JsonProcessingException e) {
      throw new AssertionError("Not JSON: " + json, e);
    }
  }
}
