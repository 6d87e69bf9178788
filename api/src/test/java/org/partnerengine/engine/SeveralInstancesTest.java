package org.partnerengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.DeploymentIntent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.partnerengine.Models;
import org.partnerengine.RemoteCluster;
import org.partnerengine.Requests;
import org.partnerengine.deployment.DeploymentResource;
import org.partnerengine.deployment.Deployments;
import org.partnerengine.deployment.TrustedProcesses;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Two app instances in remote mode, one database and one engine gateway on loopback, as a company
 * runs them behind a load balancer: what one deploys the other serves, a task completed on one is
 * done on the other, they share the jobs with one effect per job, and one of them going away in
 * the middle of a stream of applications loses none of the applications it accepted. Tagged as a
 * database test, so the MariaDB run repeats it with MySQL Connector/J.
 */
@Tag("database")
@TestMethodOrder(OrderAnnotation.class)
class SeveralInstancesTest {

  private static RemoteCluster cluster;
  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;

  @BeforeAll
  static void startTheGatewayAndTwoInstances() {
    cluster = RemoteCluster.start("several");
    first = startInstance();
    second = startInstance();
  }

  private static ConfigurableApplicationContext startInstance() {
    return cluster.startApp(
        "--partner-engine.applications.answer-within=PT10S",
        "--partner-engine.applications.engine-behind-at=1000",
        // A job taken by an instance that goes away is offered again after this long.
        "--camunda.client.worker.defaults.timeout=PT10S",
        // An application whose start went away with its instance is started by the other.
        "--partner-engine.recovery.orphan-grace=PT15S",
        "--partner-engine.recovery.orphan-sweep-interval=PT2S");
  }

  @AfterAll
  static void stop() {
    for (ConfigurableApplicationContext app : new ConfigurableApplicationContext[] {first, second}) {
      if (app != null && app.isActive()) {
        app.close();
      }
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void theSecondInstanceDeploysNothingAndServesWhatTheFirstDeployed() {
    assertThat(deploymentsOnTheCluster()).as("the bundled models, deployed once by the first instance").isEqualTo(1);

    ResponseEntity<JsonNode> deployed =
        as(first, "designer")
            .postForEntity("/api/deployments", Models.upload("version-test-v1.bpmn", Models.text("version-test-v1.bpmn")), JsonNode.class);
    assertThat(deployed.getStatusCode().is2xxSuccessful()).isTrue();

    JsonNode processes = as(second, "designer").getForObject("/api/processes?size=100", JsonNode.class);
    assertThat(processes.get("content").findValuesAsText("bpmnProcessId")).contains("version-test", "partner-lifecycle");
    ResponseEntity<String> xml = as(second, "designer").getForEntity("/api/processes/version-test/xml", String.class);
    assertThat(xml.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xml.getBody()).isEqualTo(Models.text("version-test-v1.bpmn"));
  }

  @Test
  @Order(2)
  void aTaskCompletedOnOneInstanceIsDoneOnTheOther() {
    // A model standing for an approved business process, deployed and trusted through the first.
    var deployed =
        first.getBean(Deployments.class)
            .deploy(
                List.of(
                    new DeploymentResource("inbox-test.bpmn", Models.text("inbox-test.bpmn").getBytes(StandardCharsets.UTF_8)),
                    new DeploymentResource("review-request.form", Models.text("review-request.form").getBytes(StandardCharsets.UTF_8))));
    first.getBean(TrustedProcesses.class).trust(deployed);
    long instanceKey =
        first.getBean(CamundaClient.class)
            .newCreateInstanceCommand()
            .bpmnProcessId("inbox-test")
            .latestVersion()
            .variables(Map.of("partnerId", 77))
            .send()
            .join()
            .getProcessInstanceKey();

    JsonNode task =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> openTask(second, instanceKey), t -> t != null);
    long id = task.get("id").asLong();
    assertThat(as(first, "approver").postForEntity("/api/tasks/" + id + "/claim", null, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // The second instance validates against the form the first deployed: a missing field is refused there too.
    ResponseEntity<JsonNode> unfilled = complete(second, id, Map.of("comment", "x"));
    assertThat(unfilled.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unfilled.getBody().at("/errors/0/field").asText()).isEqualTo("decision");

    ResponseEntity<JsonNode> done = complete(first, id, Map.of("decision", "approve", "score", 8));

    assertThat(done.getStatusCode()).as("%s", done.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(openTask(second, instanceKey)).isNull();
    assertThat(as(second, "approver").getForObject("/api/tasks/" + id, JsonNode.class).get("state").asText()).isEqualTo("COMPLETED");
    assertThat(complete(second, id, Map.of("decision", "reject")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  @Order(3)
  void theInstancesShareTheJobsAndEachJobHasOneEffect() {
    List<Long> partners = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      partners.add(apply(i % 2 == 0 ? first : second));
    }

    await().atMost(Duration.ofSeconds(60)).until(() -> partners.stream().allMatch(p -> enrichments(p) >= 1));
    assertThat(partners).allSatisfy(p -> assertThat(enrichments(p)).as("enrichments of partner %d", p).isEqualTo(1));
    assertThat(completedJobs(first)).as("jobs completed by the first instance").isPositive();
    assertThat(completedJobs(second)).as("jobs completed by the second instance").isPositive();
  }

  @Test
  @Order(4)
  void anInstanceGoingAwayInTheMiddleOfAStreamOfApplicationsLosesNone() throws Exception {
    List<Long> accepted = Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<Void> firstGoesAway = new CompletableFuture<>();
    CompletableFuture<Void> stream =
        CompletableFuture.runAsync(
            () -> {
              for (int i = 0; i < 16; i++) {
                if (i == 6) {
                  // Closed while its workers hold jobs and its starts may still be under way.
                  CompletableFuture.runAsync(() -> first.close()).thenRun(() -> firstGoesAway.complete(null));
                }
                // A load balancer sends every other application to the first, while it answers.
                boolean toFirst = i % 2 == 0 && first.isActive();
                try {
                  accepted.add(apply(toFirst ? first : second));
                } catch (RuntimeException | AssertionError firstWentAwayMidRequest) {
                  accepted.add(apply(second));
                }
              }
            });
    stream.get();
    firstGoesAway.get();

    assertThat(accepted).hasSize(16);
    await()
        .atMost(Duration.ofSeconds(120))
        .until(() -> List.copyOf(accepted).stream().allMatch(p -> enrichments(p) >= 1));
    assertThat(accepted).allSatisfy(p -> assertThat(enrichments(p)).as("enrichments of partner %d", p).isEqualTo(1));
  }

  private static ResponseEntity<JsonNode> complete(ConfigurableApplicationContext app, long taskId, Map<String, Object> variables) {
    return as(app, "approver")
        .postForEntity("/api/tasks/" + taskId + "/complete", Requests.json(Map.of("variables", variables)), JsonNode.class);
  }

  /** Applies through an instance; the partner's id once the application is accepted (201 or 202). */
  private static long apply(ConfigurableApplicationContext app) {
    ResponseEntity<JsonNode> response =
        anonymous(app).postForEntity("/api/applications", Requests.json(Requests.application()), JsonNode.class);
    assertThat(response.getStatusCode()).isIn(HttpStatus.CREATED, HttpStatus.ACCEPTED);
    return response.getBody().get("partnerId").asLong();
  }

  private static long enrichments(long partnerId) {
    JsonNode history = as(second, "manager").getForObject("/api/partners/" + partnerId + "/history", JsonNode.class);
    return history.findValuesAsText("type").stream().filter("APPLICATION_ENRICHED"::equals).count();
  }

  private static double completedJobs(ConfigurableApplicationContext app) {
    return app.getBean(MeterRegistry.class).find("camunda.job.invocations").tag("action", "completed").counters().stream()
        .mapToDouble(Counter::count)
        .sum();
  }

  private static JsonNode openTask(ConfigurableApplicationContext app, long instanceKey) {
    JsonNode open = as(app, "approver").getForObject("/api/tasks?state=CREATED&size=100", JsonNode.class);
    for (JsonNode task : open.get("content")) {
      if (task.get("processInstanceKey").asLong() == instanceKey) {
        return task;
      }
    }
    return null;
  }

  private static long deploymentsOnTheCluster() {
    return StreamSupport.stream(cluster.engine().getRecordStreamSource().getRecords().spliterator(), false)
        .filter(r -> r.getValueType() == ValueType.DEPLOYMENT && r.getIntent() == DeploymentIntent.CREATED)
        .map(Record::getKey)
        .distinct()
        .count();
  }

  private static TestRestTemplate as(ConfigurableApplicationContext app, String staff) {
    return new TestRestTemplate(
        new RestTemplateBuilder()
            .rootUri(root(app))
            .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + cluster.identityProvider().staff(staff)));
  }

  private static TestRestTemplate anonymous(ConfigurableApplicationContext app) {
    return new TestRestTemplate(new RestTemplateBuilder().rootUri(root(app)));
  }

  private static String root(ConfigurableApplicationContext app) {
    return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
  }
}
