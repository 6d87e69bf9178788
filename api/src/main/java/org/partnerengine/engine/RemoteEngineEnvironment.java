package org.partnerengine.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In remote mode, passes the app's own connection variables (ZEEBE_GRPC_ADDRESS and friends) to
 * the Camunda client, and only those that are given. Setting the client's properties in a YAML
 * file with defaults would override the defaults of the client's modes: SaaS templates its
 * addresses and token URL from the cluster id, and an empty client id or a wrong audience there
 * breaks the login. So the values go in below every configured property (the client's own
 * {@code camunda.client.*} names win) and above the mode defaults, which the Camunda post
 * processor adds after this one runs.
 */
class RemoteEngineEnvironment implements EnvironmentPostProcessor, Ordered {

  /** The app's variable, and the Camunda client property it sets. */
  static final Map<String, String> ALIASES =
      Map.of(
          "ZEEBE_GRPC_ADDRESS", "camunda.client.grpc-address",
          "ZEEBE_REST_ADDRESS", "camunda.client.rest-address",
          "CAMUNDA_AUTH_METHOD", "camunda.client.auth.method",
          "CAMUNDA_CLIENT_ID", "camunda.client.auth.client-id",
          "CAMUNDA_CLIENT_SECRET", "camunda.client.auth.client-secret",
          "CAMUNDA_TOKEN_URL", "camunda.client.auth.token-url",
          "CAMUNDA_TOKEN_AUDIENCE", "camunda.client.auth.audience");

  @Override
  public int getOrder() {
    // After the application*.yml files are read, before the Camunda client's post processor.
    return ConfigDataEnvironmentPostProcessor.ORDER + 1;
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    String mode = environment.getProperty(EngineMode.PROPERTY, EngineMode.EMBEDDED.name());
    if (!EngineMode.REMOTE.name().equalsIgnoreCase(mode)) {
      return;
    }
    Map<String, Object> given = new LinkedHashMap<>();
    ALIASES.forEach(
        (variable, property) -> {
          String value = environment.getProperty(variable);
          if (value != null && !value.isBlank()) {
            given.put(property, value.strip());
          }
        });
    if (!given.isEmpty()) {
      environment.getPropertySources().addLast(new MapPropertySource("partnerEngineRemoteEngine", given));
    }
  }
}
