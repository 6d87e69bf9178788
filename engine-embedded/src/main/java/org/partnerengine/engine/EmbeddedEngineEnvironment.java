package org.partnerengine.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Fixes the embedded engine's tools gateway port, and the Camunda client's address to match,
 * before any bean reads them. The app's own client reaches the engine in-process ({@link
 * EmbeddedEngineConfiguration}); the gateway port, off unless asked for, serves Camunda Modeler
 * and other tools on the loopback interface. Port 0 picks a free port, so several application
 * contexts (tests) each get their own engine.
 */
class EmbeddedEngineEnvironment implements EnvironmentPostProcessor {

  static final String GATEWAY_ENABLED_PROPERTY = "partner-engine.engine.tools-gateway.enabled";
  static final String GATEWAY_PORT_PROPERTY = "partner-engine.engine.tools-gateway.port";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    String mode = environment.getProperty(EngineMode.PROPERTY, EngineMode.EMBEDDED.name());
    if (!EngineMode.EMBEDDED.name().equalsIgnoreCase(mode)) {
      return;
    }
    Map<String, Object> fixed = new HashMap<>();
    // The embedded gateway speaks gRPC only; nothing answers REST.
    fixed.put("camunda.client.prefer-rest-over-grpc", false);
    // Nothing listens here; the client needs a REST address that is not the app's own.
    fixed.put("camunda.client.rest-address", "http://127.0.0.1:8089");
    if (environment.getProperty(GATEWAY_ENABLED_PROPERTY, Boolean.class, false)) {
      int port = environment.getProperty(GATEWAY_PORT_PROPERTY, Integer.class, 26500);
      if (port == 0) {
        port = freeLoopbackPort();
      }
      fixed.put(GATEWAY_PORT_PROPERTY, port);
      fixed.put("camunda.client.grpc-address", "http://127.0.0.1:" + port);
    }
    environment.getPropertySources().addFirst(new MapPropertySource("embeddedEngine", fixed));
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port for the embedded engine's tools gateway", e);
    }
  }
}
