package org.partnerengine.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The decisions that differ by market take the partner's region. Every rule shipped holds for
 * every region ("-"), so a region changes nothing until a designer adds a row for it; a row for
 * one region then wins there and nowhere else.
 */
@ZeebeProcessTest
class RegionalDecisionsTest {

  private static final Path MODELS = Path.of("src", "main", "resources", "processes");

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void everyShippedRuleHoldsInEveryRegion() throws Exception {
    for (String region : new String[] {"GLOBAL", "DACH", null}) {
      assertThat(evaluate("partner-fit", with(region, Map.of("partnerType", "SYSTEM_INTEGRATOR", "country", "DE",
          "annualRevenue", 20_000_000, "employees", 200, "specialisations", List.of()))).get("recommendation").asText())
          .isEqualTo("FAST_TRACK");
      assertThat(evaluate("partner-tier", with(region, Map.of("bookedRevenue", 300_000, "activeCertificates", 2, "winRate", 0.35)))
          .get("tier").asText()).isEqualTo("GOLD");
      assertThat(evaluate("rebate-rate", with(region, Map.of("tier", "GOLD", "quarterlyRevenue", 100_000))).asDouble()).isEqualTo(4.0);
      assertThat(evaluate("mdf-approval-chain", with(region, Map.of("tier", "GOLD", "amount", 1_000))).toString())
          .isEqualTo(evaluate("mdf-approval-chain", Map.of("tier", "GOLD", "amount", 1_000)).toString());
      assertThat(evaluate("training-curriculum", with(region, Map.of("partnerType", "RESELLER", "specialisations", List.of()))).toString())
          .isEqualTo(evaluate("training-curriculum", Map.of("partnerType", "RESELLER", "specialisations", List.of())).toString());
    }
  }

  @Test
  void aRowForOneRegionWinsThereAndNowhereElse() throws Exception {
    String model = Files.readString(MODELS.resolve("rebate-rate.dmn"), StandardCharsets.UTF_8);
    String dachRow = """
          <rule id="Rule_DachGold">
            <description>DACH launch offer: gold earns more</description>
            <inputEntry id="Rule_DachGold_Region"><text>"DACH"</text></inputEntry>
            <inputEntry id="Rule_DachGold_In0"><text>"GOLD"</text></inputEntry>
            <inputEntry id="Rule_DachGold_In1"><text>-</text></inputEntry>
            <outputEntry id="Rule_DachGold_Out0"><text>4.5</text></outputEntry>
          </rule>
          <rule id="Rule_PlatinumStrong">""";
    String regional = model.replace("<rule id=\"Rule_PlatinumStrong\">", dachRow);
    assertThat(regional).isNotEqualTo(model);
    client.newDeployResourceCommand().addResourceStringUtf8(regional, "rebate-rate.dmn").send().join();

    assertThat(evaluate("rebate-rate", with("DACH", Map.of("tier", "GOLD", "quarterlyRevenue", 0))).asDouble()).isEqualTo(4.5);
    assertThat(evaluate("rebate-rate", with("GLOBAL", Map.of("tier", "GOLD", "quarterlyRevenue", 0))).asDouble()).isEqualTo(3.0);
    assertThat(evaluate("rebate-rate", with("DACH", Map.of("tier", "SILVER", "quarterlyRevenue", 0))).asDouble()).isEqualTo(2.0);
  }

  private static Map<String, Object> with(String region, Map<String, Object> facts) {
    Map<String, Object> variables = new HashMap<>(facts);
    variables.put("region", region);
    return variables;
  }

  private JsonNode evaluate(String decisionId, Map<String, Object> variables) throws Exception {
    String output = client.newEvaluateDecisionCommand().decisionId(decisionId).variables(variables).send().join().getDecisionOutput();
    return new ObjectMapper().readTree(output);
  }
}
