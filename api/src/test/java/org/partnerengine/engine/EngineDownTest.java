package org.partnerengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineApplication;
import org.partnerengine.Requests;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The app in remote mode whose gateway goes away: every request that needs the engine answers 503
 * with Retry-After as a problem, stores nothing, and what was accepted before is still there.
 */
class EngineDownTest {

  private static ZeebeTestEngine gateway;
  private static ConfigurableApplicationContext app;
  private static String root;
  private static JdbcTemplate jdbc;
  private static long partnerId;
  private static long kickoffTaskId;

  @BeforeAll
  static void startThenLoseTheGateway() throws IOException {
    int gatewayPort = freePort();
    gateway = EngineFactory.create(gatewayPort);
    gateway.start();
    app =
        new SpringApplicationBuilder(PartnerEngineApplication.class)
            .profiles("remote")
            .properties(
                Map.of(
                    "ZEEBE_GRPC_ADDRESS", "http://127.0.0.1:" + gatewayPort,
                    "DATABASE_URL", "jdbc:h2:mem:engine-down;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                    "DATABASE_USERNAME", "sa"))
            .run(
                "--partner-engine.security.dev-users-enabled=true",
                "--server.port=0",
                "--spring.flyway.clean-disabled=false",
                // the refused start must be answered, not handed off, whatever this machine's speed
                "--partner-engine.applications.answer-within=PT10S",
                "--partner-engine.applications.engine-behind-at=1000",
                // Workers poll instead of streaming: a job stream whose gateway is gone keeps
                // reopening itself, and once, closing the app then waited for good on the
                // Camunda client's stream lock (JobStreamerImpl.close). The 503s are this test's
                // subject, not streaming; RemoteModeTest streams.
                "--camunda.client.worker.defaults.stream-enabled=false",
                "--camunda.client.worker.defaults.poll-interval=PT0.1S");
    root = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    jdbc = app.getBean(JdbcTemplate.class);

    ResponseEntity<JsonNode> accepted = as("manager").postForEntity("/api/applications", Requests.json(Requests.application()), JsonNode.class);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    partnerId = accepted.getBody().get("partnerId").asLong();
    // The sample application is fast-tracked into onboarding, which offers the kick-off call to managers.
    kickoffTaskId =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> {
                  JsonNode tasks = as("manager").getForObject("/api/tasks?partnerId=" + partnerId + "&candidateGroup=partner-managers", JsonNode.class);
                  return tasks.path("content").size() > 0 ? tasks.path("content").get(0).get("id").asLong() : null;
                },
                id -> id != null);
    // a designer's own process: the product's processes are not trial-started at all
    MultiValueMap<String, Object> sandbox = new LinkedMultiValueMap<>();
    sandbox.add(
        "file",
        new ByteArrayResource(
            io.camunda.zeebe.model.bpmn.Bpmn.convertToString(
                    io.camunda.zeebe.model.bpmn.Bpmn.createExecutableProcess("sandbox-trial").startEvent().endEvent().done())
                .getBytes()) {
          @Override
          public String getFilename() {
            return "sandbox-trial.bpmn";
          }
        });
    HttpHeaders multipart = new HttpHeaders();
    multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
    assertThat(as("designer").postForEntity("/api/deployments", new HttpEntity<>(sandbox, multipart), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    gateway.stop();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void anApplicationIs503WithRetryAfterAndStoresNoPartner() {
    assertRefusedAndNothingStored(
        () -> as("manager").postForEntity("/api/applications", Requests.json(Requests.application()), JsonNode.class));
  }

  @Test
  void aPartnerEventIs503AndRecordsNoHistory() {
    assertRefusedAndNothingStored(
        () ->
            as("manager")
                .postForEntity(
                    "/api/partners/" + partnerId + "/training-completions",
                    Requests.json(Map.of("courseId", "product-essentials")),
                    JsonNode.class));
  }

  @Test
  void aTaskCompletionIs503AndTheTaskStaysOpen() {
    assertRefusedAndNothingStored(
        () ->
            as("manager")
                .postForEntity(
                    "/api/tasks/" + kickoffTaskId + "/complete",
                    Requests.json(Map.of("variables", Map.of("kickoffHeldOn", "2026-03-02"))),
                    JsonNode.class));
    JsonNode task = as("manager").getForObject("/api/tasks/" + kickoffTaskId, JsonNode.class);
    assertThat(task.get("state").asText()).isEqualTo("CREATED");
  }

  @Test
  void aTrialStartAndADeploymentAre503() {
    assertRefusedAndNothingStored(
        () ->
            as("designer")
                .postForEntity(
                    "/api/processes/sandbox-trial/instances",
                    Requests.json(Map.of("variables", Map.of("partnerId", partnerId))),
                    JsonNode.class));
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add(
        "file",
        new ByteArrayResource("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"/>".getBytes()) {
          @Override
          public String getFilename() {
            return "trial.bpmn";
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    assertRefusedAndNothingStored(() -> as("designer").postForEntity("/api/deployments", new HttpEntity<>(parts, headers), JsonNode.class));
  }

  @Test
  void whatWasAcceptedBeforeTheOutageIsStillThere() {
    JsonNode partner = as("manager").getForObject("/api/partners/" + partnerId, JsonNode.class);

    assertThat(partner.get("processInstanceKey").isNumber()).isTrue();
    assertThat(partner.get("stage").asText()).isNotEqualTo("REJECTED");
  }

  private static void assertRefusedAndNothingStored(Supplier<ResponseEntity<JsonNode>> request) {
    Map<String, Long> before = rowCounts();

    ResponseEntity<JsonNode> response = request.get();

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().get("status").asInt()).isEqualTo(503);
    assertThat(rowCounts()).isEqualTo(before);
  }

  static Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : List.of("partner", "partner_event", "user_task", "deal", "mdf_request", "notification", "idempotent_request")) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    return counts;
  }

  private static TestRestTemplate as(String user) {
    return new TestRestTemplate(new RestTemplateBuilder().rootUri(root)).withBasicAuth(user, user);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
