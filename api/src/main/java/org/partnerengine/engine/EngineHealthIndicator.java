package org.partnerengine.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Topology;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** Reports whether the engine answers: a topology request through the gateway the app uses. */
@Component("engine")
class EngineHealthIndicator extends AbstractHealthIndicator {

  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final CamundaClient camunda;
  private final String mode;

  EngineHealthIndicator(
      CamundaClient camunda, @Value("${" + EngineMode.PROPERTY + ":embedded}") String mode) {
    super("The engine did not answer");
    this.camunda = camunda;
    this.mode = mode;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Topology topology = camunda.newTopologyRequest().requestTimeout(TIMEOUT).send().join();
    builder
        .up()
        .withDetail("mode", mode.toLowerCase())
        .withDetail("gatewayVersion", topology.getGatewayVersion())
        .withDetail("brokers", topology.getBrokers().size())
        .withDetail("partitions", topology.getPartitionsCount());
  }
}
