package org.partnerengine.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Fixes the embedded engine's gateway port, and the Camunda client's address to match, before any
 * bean reads them. The app's own client reaches the engine in-process ({@link
 * EmbeddedEngineConfiguration}); the port serves Camunda Modeler and other tools. Port 0 picks a
 * free port, so several application contexts (tests) each get their own engine.
 */
class EmbeddedEngineEnvironment implements EnvironmentPostProcessor {

  static final String PORT_PROPERTY = "partner-engine.engine.embedded-port";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    String mode = environment.getProperty(EngineMode.PROPERTY, EngineMode.EMBEDDED.name());
    if (!EngineMode.EMBEDDED.name().equalsIgnoreCase(mode)) {
      return;
    }
    int port = environment.getProperty(PORT_PROPERTY, Integer.class, 26500);
    if (port == 0) {
      port = freePort();
    }
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "embeddedEngine",
                Map.of(
                    PORT_PROPERTY, port,
                    "camunda.client.grpc-address", "http://127.0.0.1:" + port,
                    // The embedded gateway speaks gRPC only; nothing answers REST.
                    "camunda.client.prefer-rest-over-grpc", false)));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port for the embedded engine", e);
    }
  }
}
