package org.partnerengine.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The enablement and certification decisions, evaluated on the engine as the processes call them. */
@ZeebeProcessTest
class LifecycleDecisionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  ZeebeTestEngine engine;
  ZeebeClient client;

  @BeforeEach
  void deploy() {
    new ProcessTestSupport(engine, client).deployAll();
  }

  @Test
  void resellersLearnTheProductAndHowToSellIt() {
    assertThat(curriculum("RESELLER", List.of())).containsExactly("product-essentials", "sales-fundamentals");
  }

  @Test
  void integratorsLearnToDeploy() {
    assertThat(curriculum("SYSTEM_INTEGRATOR", List.of())).containsExactly("product-essentials", "technical-deployment");
  }

  @Test
  void managedServiceProvidersLearnToOperateWithoutTakingTheCourseTwice() {
    assertThat(curriculum("MSP", List.of("managed-services"))).containsExactly("product-essentials", "managed-services-ops");
  }

  @Test
  void specialisationsAddTheirCourses() {
    assertThat(curriculum("DISTRIBUTOR", List.of("implementation", "managed-services")))
        .containsExactly("product-essentials", "sales-fundamentals", "technical-deployment", "managed-services-ops");
  }

  @Test
  void referralPartnersOnlyLearnTheReferralBasics() {
    assertThat(curriculum("REFERRAL", List.of("implementation"))).containsExactly("referral-basics");
  }

  @Test
  void technologyAlliancesLearnTheIntegrationPointsOnly() {
    assertThat(curriculum("TECHNOLOGY_ALLIANCE", List.of("implementation", "managed-services"))).containsExactly("integration-essentials");
  }

  @Test
  void serviceProvidersLearnTheProductAndToDeployAndRunIt() {
    assertThat(curriculum("SERVICE_PROVIDER", List.of())).containsExactly("product-essentials", "technical-deployment");
    assertThat(curriculum("SERVICE_PROVIDER", List.of("implementation", "managed-services")))
        .containsExactly("product-essentials", "technical-deployment", "managed-services-ops");
  }

  @Test
  void aMissingSpecialisationListCountsAsNone() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("partnerType", "RESELLER");
    variables.put("specialisations", null);
    assertThat(evaluate("training-curriculum", variables)).isEqualTo(List.of("product-essentials", "sales-fundamentals"));
  }

  @Test
  void eachCertificationExamHasItsOwnPassMark() {
    assertThat(evaluate("exam-pass-mark", Map.of("examId", "technical-certification"))).isEqualTo(80);
    assertThat(evaluate("exam-pass-mark", Map.of("examId", "managed-services-certification"))).isEqualTo(75);
    assertThat(evaluate("exam-pass-mark", Map.of("examId", "sales-certification"))).isEqualTo(70);
  }

  @Test
  void anExamWithoutItsOwnRuleUsesTheDefaultPassMark() {
    assertThat(evaluate("exam-pass-mark", Map.of("examId", "brand-new-exam"))).isEqualTo(70);
  }

  @SuppressWarnings("unchecked")
  private List<String> curriculum(String partnerType, List<String> specialisations) {
    return (List<String>) evaluate("training-curriculum", Map.of("partnerType", partnerType, "specialisations", specialisations));
  }

  private Object evaluate(String decisionId, Map<String, Object> variables) {
    String output =
        client.newEvaluateDecisionCommand().decisionId(decisionId).variables(variables).send().join().getDecisionOutput();
    try {
      return JSON.readValue(output, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
