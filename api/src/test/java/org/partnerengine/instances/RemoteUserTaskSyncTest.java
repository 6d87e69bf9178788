package org.partnerengine.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerengine.Models;
import org.partnerengine.RemoteCluster;
import org.partnerengine.deployment.DeploymentResource;
import org.partnerengine.deployment.Deployments;
import org.partnerengine.deployment.TrustedProcesses;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;

/**
 * In remote mode the inbox learns from the cluster's search API which user task elements ended
 * without the app. The engine here is a bare gateway without that API, so a small HTTP server
 * answers the element instance search in the 8.8 REST API's shape, with what the test says ended.
 */
class RemoteUserTaskSyncTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The element instances the search API reports as ended, as JSON items. */
  private static final List<Map<String, Object>> ended = new CopyOnWriteArrayList<>();
  private static final List<JsonNode> searches = new CopyOnWriteArrayList<>();
  private static RemoteCluster cluster;
  private static HttpServer searchApi;
  private static ConfigurableApplicationContext app;

  @BeforeAll
  static void start() throws Exception {
    searchApi = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    searchApi.createContext(
        "/",
        exchange -> {
          byte[] body;
          int status;
          if (exchange.getRequestURI().getPath().equals("/v2/element-instances/search")) {
            searches.add(JSON.readTree(exchange.getRequestBody()));
            body = JSON.writeValueAsBytes(Map.of("items", List.copyOf(ended), "page", Map.of("totalItems", ended.size())));
            status = 200;
          } else {
            body = "{\"status\":404,\"title\":\"NOT_FOUND\"}".getBytes(StandardCharsets.UTF_8);
            status = 404;
          }
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    searchApi.start();

    cluster =
        RemoteCluster.start("remote-sync")
            .with("ZEEBE_REST_ADDRESS", "http://127.0.0.1:" + searchApi.getAddress().getPort());
    app = cluster.startApp("--partner-engine.tasks.remote-sync-interval=PT0.2S");

    // A model standing for an approved business process, with a job-based user task and a form.
    var deployed =
        app.getBean(Deployments.class)
            .deploy(
                List.of(
                    new DeploymentResource("inbox-test.bpmn", Models.text("inbox-test.bpmn").getBytes(StandardCharsets.UTF_8)),
                    new DeploymentResource("review-request.form", Models.text("review-request.form").getBytes(StandardCharsets.UTF_8))));
    app.getBean(TrustedProcesses.class).trust(deployed);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    if (searchApi != null) {
      searchApi.stop(0);
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aTaskWhoseElementTheEngineTerminatedLeavesTheInboxAsCancelled() {
    JsonNode task = awaitTask(startInstance());

    ended.add(endedElement(elementInstanceOf(task), "TERMINATED"));

    await().atMost(Duration.ofSeconds(20)).until(() -> state(task), "CANCELED"::equals);
    assertThat(openTaskIds()).doesNotContain(task.get("id").asLong());
  }

  @Test
  void aTaskCompletedInTasklistIsClosedAsCompletedElsewhereWithNobodyNamed() {
    JsonNode task = awaitTask(startInstance());

    ended.add(endedElement(elementInstanceOf(task), "COMPLETED"));

    await().atMost(Duration.ofSeconds(20)).until(() -> state(task), "COMPLETED"::equals);
    JsonNode closed = approver().getForObject("/api/tasks/" + task.get("id").asLong(), JsonNode.class);
    assertThat(closed.has("completedBy")).isFalse();
    assertThat(openTaskIds()).doesNotContain(task.get("id").asLong());
  }

  @Test
  void theSearchAsksForEndedUserTasksOldestFirst() {
    await().atMost(Duration.ofSeconds(20)).until(() -> !searches.isEmpty());
    JsonNode search = searches.getLast();

    assertThat(search.at("/filter/type").asText()).isEqualTo("USER_TASK");
    assertThat(search.at("/filter/endDate/$gte").asText()).isNotBlank();
    assertThat(search.at("/sort/0/field").asText()).isEqualTo("endDate");
    assertThat(search.at("/sort/0/order").asText()).isEqualToIgnoringCase("asc");
  }

  @Test
  void anOpenTaskWhoseElementIsStillActiveStaysInTheInbox() {
    JsonNode task = awaitTask(startInstance());
    int searchesBefore = searches.size();

    await().atMost(Duration.ofSeconds(20)).until(() -> searches.size() >= searchesBefore + 3);

    assertThat(state(task)).isEqualTo("CREATED");
  }

  private static Map<String, Object> endedElement(long elementInstanceKey, String state) {
    String now = Instant.now().toString();
    return Map.of(
        "elementInstanceKey", Long.toString(elementInstanceKey),
        "processInstanceKey", "1",
        "processDefinitionKey", "1",
        "processDefinitionId", "inbox-test",
        "elementId", "Task_ReviewRequest",
        "elementName", "Review request",
        "type", "USER_TASK",
        "state", state,
        "startDate", now,
        "endDate", now);
  }

  /** The element instance of the task's job, as the engine recorded it when it created the job. */
  private static long elementInstanceOf(JsonNode task) {
    long jobKey = task.get("jobKey").asLong();
    return StreamSupport.stream(cluster.engine().getRecordStreamSource().getRecords().spliterator(), false)
        .filter(r -> r.getValueType() == ValueType.JOB && r.getIntent() == JobIntent.CREATED && r.getKey() == jobKey)
        .map(r -> ((JobRecordValue) r.getValue()).getElementInstanceKey())
        .findFirst()
        .orElseThrow();
  }

  private static long startInstance() {
    return app.getBean(CamundaClient.class)
        .newCreateInstanceCommand()
        .bpmnProcessId("inbox-test")
        .latestVersion()
        .variables(Map.of("partnerId", 77))
        .send()
        .join()
        .getProcessInstanceKey();
  }

  private static JsonNode awaitTask(long instanceKey) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              for (JsonNode task : approver().getForObject("/api/tasks?size=100", JsonNode.class).get("content")) {
                if (task.get("processInstanceKey").asLong() == instanceKey) {
                  return task;
                }
              }
              return null;
            },
            t -> t != null);
  }

  private static String state(JsonNode task) {
    return approver().getForObject("/api/tasks/" + task.get("id").asLong(), JsonNode.class).get("state").asText();
  }

  private static List<Long> openTaskIds() {
    return approver().getForObject("/api/tasks?state=CREATED&size=100", JsonNode.class).get("content").findValues("id").stream()
        .map(JsonNode::asLong)
        .toList();
  }

  private static TestRestTemplate approver() {
    return new TestRestTemplate(
        new RestTemplateBuilder()
            .rootUri("http://localhost:" + app.getEnvironment().getProperty("local.server.port"))
            .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + cluster.identityProvider().staff("approver")));
  }
}
