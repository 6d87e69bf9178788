package org.partnerengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineApplication;
import org.partnerengine.Requests;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The app in remote mode: no engine of its own, talking to a Zeebe gateway started separately
 * on loopback, as it would to a broker. Tagged as a database test, so the MariaDB run repeats it
 * with MySQL Connector/J.
 */
@Tag("database")
class RemoteModeTest {

  private static ZeebeTestEngine gateway;
  private static ConfigurableApplicationContext app;
  private static TestRestTemplate http;

  @BeforeAll
  static void startGatewayAndApp() throws IOException {
    int gatewayPort = freePort();
    gateway = EngineFactory.create(gatewayPort);
    gateway.start();

    Map<String, Object> properties = new HashMap<>();
    properties.put("ZEEBE_GRPC_ADDRESS", "http://127.0.0.1:" + gatewayPort);
    if (System.getProperty("spring.datasource.url") == null) {
      // Without the mariadb profile, H2 stands in for MySQL.
      properties.put("DATABASE_URL", "jdbc:h2:mem:remote;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
      properties.put("DATABASE_USERNAME", "sa");
    } else {
      // A fresh schema on the shared MariaDB database, as a new install would have.
      Flyway.configure()
          .dataSource(
              System.getProperty("spring.datasource.url"),
              System.getProperty("spring.datasource.username"),
              System.getProperty("spring.datasource.password"))
          .cleanDisabled(false)
          .load()
          .clean();
    }
    app =
        new SpringApplicationBuilder(PartnerEngineApplication.class)
            .profiles("remote")
            .properties(properties)
            // The remote profile has no dev users; this test reads a partner as a manager.
            // Arguments outrank the profile's files: a free port, whatever application.yml says.
            .run(
                "--partner-engine.security.dev-users-enabled=true",
                "--server.port=0",
                "--partner-engine.applications.answer-within=PT10S",
                "--partner-engine.applications.engine-behind-at=1000");
    String port = app.getEnvironment().getProperty("local.server.port");
    http = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)).withBasicAuth("manager", "manager");
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    if (gateway != null) {
      gateway.stop();
    }
  }

  @Test
  void startsNoEngineOfItsOwn() {
    assertThat(app.getBeanNamesForType(ZeebeTestEngine.class)).isEmpty();
    JsonNode health = http.getForObject("/actuator/health", JsonNode.class);
    assertThat(health.at("/components/engine/details/mode").asText()).isEqualTo("remote");
    assertThat(health.at("/components/engine/status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
  }

  @Test
  void runsAnApplicationThroughTheRemoteGateway() {
    ResponseEntity<JsonNode> response =
        http.postForEntity(
            "/api/applications",
            Requests.json(Requests.application()),
            JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long partnerId = response.getBody().get("partnerId").asLong();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                http.getForObject("/api/partners/" + partnerId + "/history", JsonNode.class)
                    .findValuesAsText("type")
                    .contains("APPLICATION_ENRICHED"));
  }

  @Test
  void instanceInspectionWithoutTheClustersSearchApiIs503NotAnError() {
    ResponseEntity<JsonNode> response = http.getForEntity("/api/process-instances/1", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
