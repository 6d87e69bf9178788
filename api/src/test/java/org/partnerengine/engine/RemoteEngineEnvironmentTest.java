package org.partnerengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.spring.properties.CamundaClientPropertiesPostProcessor;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.logging.DeferredLog;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The app's connection variables reach the Camunda client only when given, so the client's mode
 * defaults (SaaS addresses, token URL and audience) survive: both post processors run in the
 * order Spring Boot runs them.
 */
class RemoteEngineEnvironmentTest {

  @Test
  void saasKeepsItsTemplatedAddressesAndAudienceWhenTheAppsVariablesAreUnset() {
    StandardEnvironment environment =
        environment(
            Map.of(
                "camunda.client.mode", "saas",
                "camunda.client.cloud.cluster-id", "c1",
                "camunda.client.cloud.region", "bru-2",
                "CAMUNDA_CLIENT_ID", "id",
                "CAMUNDA_CLIENT_SECRET", "secret"));

    assertThat(environment.getProperty("camunda.client.grpc-address")).isEqualTo("https://c1.bru-2.zeebe.camunda.io:443");
    assertThat(environment.getProperty("camunda.client.rest-address")).isEqualTo("https://bru-2.zeebe.camunda.io:443/c1");
    assertThat(environment.getProperty("camunda.client.auth.method")).isEqualTo("oidc");
    assertThat(environment.getProperty("camunda.client.auth.audience")).isEqualTo("zeebe.camunda.io");
    assertThat(environment.getProperty("camunda.client.auth.token-url")).isEqualTo("https://login.cloud.camunda.io/oauth/token");
    assertThat(environment.getProperty("camunda.client.auth.client-id")).isEqualTo("id");
    assertThat(environment.getProperty("camunda.client.auth.client-secret")).isEqualTo("secret");
  }

  @Test
  void selfManagedTakesTheGivenAddressesAndLeavesTheRestToTheModeDefaults() {
    StandardEnvironment environment =
        environment(Map.of("ZEEBE_GRPC_ADDRESS", "http://orchestration:26500", "CAMUNDA_TOKEN_AUDIENCE", " "));

    assertThat(environment.getProperty("camunda.client.grpc-address")).isEqualTo("http://orchestration:26500");
    assertThat(environment.getProperty("camunda.client.rest-address")).isEqualTo("http://localhost:8088");
    assertThat(environment.getProperty("camunda.client.auth.method")).isEqualTo("none");
    assertThat(environment.containsProperty("camunda.client.auth.audience")).isFalse();
  }

  @Test
  void anOidcClusterGetsTheGivenAudienceRatherThanTheDefaultOne() {
    StandardEnvironment environment =
        environment(
            Map.of(
                "CAMUNDA_AUTH_METHOD", "oidc",
                "CAMUNDA_CLIENT_ID", "partner-engine",
                "CAMUNDA_CLIENT_SECRET", "secret",
                "CAMUNDA_TOKEN_URL", "http://keycloak:8080/realms/camunda/protocol/openid-connect/token",
                "CAMUNDA_TOKEN_AUDIENCE", "orchestration-api"));

    assertThat(environment.getProperty("camunda.client.auth.audience")).isEqualTo("orchestration-api");
    assertThat(environment.getProperty("camunda.client.auth.token-url"))
        .isEqualTo("http://keycloak:8080/realms/camunda/protocol/openid-connect/token");
  }

  @Test
  void theClientsOwnPropertyOutranksTheAppsVariable() {
    StandardEnvironment environment =
        environment(Map.of("ZEEBE_GRPC_ADDRESS", "http://old:26500", "camunda.client.grpc-address", "http://new:26500"));

    assertThat(environment.getProperty("camunda.client.grpc-address")).isEqualTo("http://new:26500");
  }

  @Test
  void leavesTheEmbeddedEngineAlone() {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("given", Map.of("ZEEBE_GRPC_ADDRESS", "http://x:1")));
    new RemoteEngineEnvironment().postProcessEnvironment(environment, null);

    assertThat(environment.containsProperty("camunda.client.grpc-address")).isFalse();
  }

  /** The remote profile's settings plus the given ones, then both post processors in order. */
  private static StandardEnvironment environment(Map<String, Object> given) {
    StandardEnvironment environment = new StandardEnvironment();
    // Spring Boot's conversions, which read "self-managed" as the enum constant.
    environment.setConversionService(new ApplicationConversionService());
    environment.getPropertySources().addFirst(new MapPropertySource("given", given));
    environment
        .getPropertySources()
        .addLast(
            new MapPropertySource(
                "application.yml", Map.of("partner-engine.engine.mode", "remote", "camunda.client.mode", "self-managed")));
    new RemoteEngineEnvironment().postProcessEnvironment(environment, null);
    new CamundaClientPropertiesPostProcessor(destination -> new DeferredLog()).postProcessEnvironment(environment, null);
    return environment;
  }
}
