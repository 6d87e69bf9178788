package org.partnerengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineApplication;
import org.partnerengine.Requests;
import org.partnerengine.TestIdentityProvider;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The app in remote mode: no engine of its own, talking to a Zeebe gateway started separately
 * on loopback, as it would to a broker, and taking bearer tokens signed by an identity provider's
 * key (made here; the app reads its public half as it would a provider's). Tagged as a database
 * test, so the MariaDB run repeats it with MySQL Connector/J.
 */
@Tag("database")
class RemoteModeTest {

  private static ZeebeTestEngine gateway;
  private static ConfigurableApplicationContext app;
  private static TestRestTemplate http;
  private static TestRestTemplate anonymous;
  private static final TestIdentityProvider identityProvider = new TestIdentityProvider();

  @BeforeAll
  static void startGatewayAndApp() throws Exception {
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
    properties.putAll(identityProvider.appProperties());
    app =
        new SpringApplicationBuilder(PartnerEngineApplication.class)
            .profiles("remote")
            .properties(properties)
            // Arguments outrank the profile's files: a free port, whatever application.yml says.
            .run(
                "--server.port=0",
                "--partner-engine.applications.answer-within=PT10S",
                "--partner-engine.applications.engine-behind-at=1000");
    String port = app.getEnvironment().getProperty("local.server.port");
    anonymous = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
    http =
        new TestRestTemplate(
            new RestTemplateBuilder()
                .rootUri("http://localhost:" + port)
                .defaultHeader("Authorization", "Bearer " + identityProvider.staff("manager")));
  }

  private static ResponseEntity<JsonNode> getWith(String token, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(token);
    return anonymous.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
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
  void aTokenIssuedForAnotherApplicationIsRefused() {
    assertThat(getWith(identityProvider.token("another-app", "manager", "PARTNER_MANAGER", List.of("partner-managers"), null), "/api/partners").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(getWith(identityProvider.staff("manager"), "/api/partners").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aPartnersTokenStopsWorkingWhenThePartnerLeavesTheProgramme() {
    Partners partners = app.getBean(Partners.class);
    Partner partner =
        partners.saveAndFlush(
            new Partner("Leaving GmbH", PartnerType.RESELLER, "DE", "https://leaving.example", "Ada", "ada@leaving.example",
                new BigDecimal("1000000"), 10, Instant.now()));
    String token = identityProvider.token(TestIdentityProvider.AUDIENCE, "ada@leaving.example", "PARTNER", List.of(), partner.getId());
    assertThat(getWith(token, "/api/partners/" + partner.getId()).getStatusCode()).isEqualTo(HttpStatus.OK);

    partner.enterStage(Stage.OFFBOARDED, Instant.now());
    partners.saveAndFlush(partner);

    ResponseEntity<JsonNode> refused = getWith(token, "/api/partners/" + partner.getId());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void healthShowsItsDetailsToStaffOnly() {
    JsonNode forAnyone = anonymous.getForObject("/actuator/health", JsonNode.class);

    assertThat(forAnyone.get("status").asText()).isEqualTo("UP");
    assertThat(forAnyone.has("components")).isFalse();
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
