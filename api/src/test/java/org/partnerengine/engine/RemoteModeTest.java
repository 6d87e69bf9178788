package org.partnerengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnerengine.Requests;
import org.partnerengine.RemoteCluster;
import org.partnerengine.TestIdentityProvider;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
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

  private static RemoteCluster cluster;
  private static ConfigurableApplicationContext app;
  private static TestRestTemplate http;
  private static TestRestTemplate anonymous;

  @BeforeAll
  static void startGatewayAndApp() {
    cluster = RemoteCluster.start("remote");
    app =
        cluster.startApp(
            "--partner-engine.applications.answer-within=PT10S", "--partner-engine.applications.engine-behind-at=1000");
    String port = app.getEnvironment().getProperty("local.server.port");
    anonymous = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
    http =
        new TestRestTemplate(
            new RestTemplateBuilder()
                .rootUri("http://localhost:" + port)
                .defaultHeader("Authorization", "Bearer " + cluster.identityProvider().staff("manager")));
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
    if (cluster != null) {
      cluster.close();
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
    assertThat(getWith(cluster.identityProvider().token("another-app", "manager", "PARTNER_MANAGER", List.of("partner-managers"), null), "/api/partners").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(getWith(cluster.identityProvider().staff("manager"), "/api/partners").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aPartnersTokenStopsWorkingWhenThePartnerLeavesTheProgramme() {
    Partners partners = app.getBean(Partners.class);
    Partner partner =
        partners.saveAndFlush(
            new Partner("Leaving GmbH", PartnerType.RESELLER, "DE", "https://leaving.example", "Ada", "ada@leaving.example",
                new BigDecimal("1000000"), 10, Instant.now()));
    String token = cluster.identityProvider().token(TestIdentityProvider.AUDIENCE, "ada@leaving.example", "PARTNER", List.of(), partner.getId());
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
}
