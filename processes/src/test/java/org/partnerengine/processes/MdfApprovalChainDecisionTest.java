package org.partnerengine.processes;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ZeebeProcessTest
class MdfApprovalChainDecisionTest {

  ZeebeTestEngine engine;
  ZeebeClient client;

  @BeforeEach
  void deploy() {
    new ProcessTestSupport(engine, client).deployAll();
  }

  @ParameterizedTest(name = "{0} asking {1} needs {2}")
  @CsvSource({
    "REGISTERED, 100, CHANNEL_MANAGER",
    "PLATINUM, 5000, CHANNEL_MANAGER",
    "SILVER, 5000.01, CHANNEL_MANAGER+FINANCE",
    "SILVER, 20000, CHANNEL_MANAGER+FINANCE",
    "SILVER, 20001, CHANNEL_MANAGER+FINANCE+EXECUTIVE",
    "REGISTERED, 20001, CHANNEL_MANAGER+FINANCE+EXECUTIVE",
    "GOLD, 20001, CHANNEL_MANAGER+FINANCE",
    "GOLD, 50000, CHANNEL_MANAGER+FINANCE",
    "PLATINUM, 50000, CHANNEL_MANAGER+FINANCE",
    "PLATINUM, 50001, CHANNEL_MANAGER+FINANCE+EXECUTIVE",
    "GOLD, 1000000, CHANNEL_MANAGER+FINANCE+EXECUTIVE"
  })
  void theChainGrowsWithTheAmountAndTopTiersGetMoreBeforeAnExecutive(String tier, double amount, String chain) {
    String output =
        client
            .newEvaluateDecisionCommand()
            .decisionId("mdf-approval-chain")
            .variables(Map.of("tier", tier, "amount", amount))
            .send()
            .join()
            .getDecisionOutput();

    assertThat(output).isEqualTo("\"" + chain + "\"");
  }
}
