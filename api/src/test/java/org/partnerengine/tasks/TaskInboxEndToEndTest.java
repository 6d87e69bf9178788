package org.partnerengine.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.Models;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.deployment.DeploymentResource;
import org.partnerengine.deployment.DeploymentResult;
import org.partnerengine.deployment.Deployments;
import org.partnerengine.deployment.TrustedProcesses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/** The inbox on a test model whose job-based user task is offered to channel-approvers with a linked form. */
@PartnerEngineTest
class TaskInboxEndToEndTest {

  @Autowired TestRestTemplate http;
  @Autowired CamundaClient camunda;
  @Autowired TrustedProcesses trusted;
  @Autowired Deployments deployments;

  @BeforeEach
  void deployTheInboxModel() {
    // user tasks of a sandbox process never reach the inbox: the model stands for an approved
    // process, deployed and trusted as an approved request would be
    DeploymentResult deployed =
        deployments.deploy(
            List.of(
                new DeploymentResource("inbox-test.bpmn", Models.text("inbox-test.bpmn").getBytes(StandardCharsets.UTF_8)),
                new DeploymentResource("review-request.form", Models.text("review-request.form").getBytes(StandardCharsets.UTF_8))));
    trusted.trust(deployed);
  }

  @Test
  void anApproverClaimsAndCompletesTheTaskAndTheInstanceMovesOn() {
    long instanceKey = startInstance();
    JsonNode task = awaitTask(instanceKey);

    assertThat(task.get("name").asText()).isEqualTo("Review request");
    assertThat(task.get("elementId").asText()).isEqualTo("Task_ReviewRequest");
    assertThat(task.at("/candidateGroups/0").asText()).isEqualTo("channel-approvers");
    assertThat(task.get("formId").asText()).isEqualTo("review-request");
    assertThat(task.get("dueDate").asText()).isEqualTo("2030-01-31T12:00:00Z");
    assertThat(task.get("partnerId").asLong()).isEqualTo(77);
    long id = task.get("id").asLong();
    JsonNode form = approver().getForObject("/api/tasks/" + id + "/form", JsonNode.class);
    assertThat(form.get("id").asText()).isEqualTo("review-request");

    ResponseEntity<JsonNode> claimed = approver().postForEntity("/api/tasks/" + id + "/claim", null, JsonNode.class);
    assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(claimed.getBody().get("claimedBy").asText()).isEqualTo("approver");

    ResponseEntity<JsonNode> missing = complete(approver(), id, Map.of("comment", "looks fine"));
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missing.getBody().at("/errors/0/field").asText()).isEqualTo("decision");
    assertThat(missing.getBody().at("/errors/0/message").asText()).isEqualTo("is required");
    ResponseEntity<JsonNode> wrongType = complete(approver(), id, Map.of("decision", "approve", "score", "high"));
    assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrongType.getBody().at("/errors/0/field").asText()).isEqualTo("score");

    ResponseEntity<JsonNode> done = complete(approver(), id, Map.of("decision", "approve", "score", 8));

    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(done.getBody().get("state").asText()).isEqualTo("COMPLETED");
    await().atMost(Duration.ofSeconds(20))
        .until(
            () -> manager().getForObject("/api/process-instances/" + instanceKey, JsonNode.class),
            i -> i.get("activeElementIds").toString().contains("Task_AfterReview")
                && i.at("/variables/decision").asText().equals("approve"));
    assertThat(complete(approver(), id, Map.of("decision", "reject")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void anotherGroupNeitherSeesNorWorksTheTaskAndAnotherClaimantIsRefused() {
    long instanceKey = startInstance();
    long id = awaitTask(instanceKey).get("id").asLong();

    JsonNode financeInbox = finance().getForObject("/api/tasks?size=100", JsonNode.class);
    assertThat(financeInbox.get("content").findValuesAsText("processInstanceKey")).doesNotContain(Long.toString(instanceKey));
    assertThat(finance().postForEntity("/api/tasks/" + id + "/claim", null, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(complete(finance(), id, Map.of("decision", "approve")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // A manager sees every task, but completes only the tasks of its groups.
    assertThat(manager().getForEntity("/api/tasks/" + id, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(complete(manager(), id, Map.of("decision", "approve")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(approver().postForEntity("/api/tasks/" + id + "/claim", null, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> released = manager().postForEntity("/api/tasks/" + id + "/unclaim", null, JsonNode.class);
    assertThat(released.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(released.getBody().has("claimedBy")).isFalse();
  }

  @Test
  void theSameTaskCompletedTwiceAtOnceSucceedsExactlyOnce() throws Exception {
    long instanceKey = startInstance();
    long id = awaitTask(instanceKey).get("id").asLong();
    CountDownLatch ready = new CountDownLatch(1);
    Callable<HttpStatusCode> completion =
        () -> {
          ready.await();
          return complete(approver(), id, Map.of("decision", "approve")).getStatusCode();
        };

    List<HttpStatusCode> statuses;
    try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
      Future<HttpStatusCode> first = threads.submit(completion);
      Future<HttpStatusCode> second = threads.submit(completion);
      ready.countDown();
      statuses = List.of(first.get(), second.get());
    }

    assertThat(statuses).filteredOn(HttpStatusCode::is2xxSuccessful).hasSize(1);
    assertThat(statuses).filteredOn(s -> s.value() == 409).hasSize(1);
    await().atMost(Duration.ofSeconds(20))
        .until(
            () -> manager().getForObject("/api/process-instances/" + instanceKey, JsonNode.class),
            i -> i.get("activeElementIds").toString().contains("Task_AfterReview"));
  }

  @Test
  void aTaskWhoseInstanceWasCancelledIs409AndTheInboxMarksItCancelled() {
    long instanceKey = startInstance();
    long id = awaitTask(instanceKey).get("id").asLong();
    camunda.newCancelInstanceCommand(instanceKey).send().join();

    ResponseEntity<JsonNode> response = complete(approver(), id, Map.of("decision", "approve"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(approver().getForObject("/api/tasks/" + id, JsonNode.class).get("state").asText()).isEqualTo("CANCELED");
  }

  @Test
  void aTaskWhoseInstanceWasCancelledLeavesTheInboxWithoutAnyoneTouchingIt() {
    long instanceKey = startInstance();
    long id = awaitTask(instanceKey).get("id").asLong();

    camunda.newCancelInstanceCommand(instanceKey).send().join();

    await().atMost(Duration.ofSeconds(20))
        .until(() -> manager().getForObject("/api/tasks/" + id, JsonNode.class).get("state").asText(), "CANCELED"::equals);
    JsonNode open = approver().getForObject("/api/tasks?state=CREATED&size=100", JsonNode.class);
    assertThat(open.get("content").findValuesAsText("processInstanceKey")).doesNotContain(Long.toString(instanceKey));
  }

  private long startInstance() {
    return camunda.newCreateInstanceCommand()
        .bpmnProcessId("inbox-test")
        .latestVersion()
        .variables(Map.of("partnerId", 77))
        .send()
        .join()
        .getProcessInstanceKey();
  }

  private JsonNode awaitTask(long instanceKey) {
    return await().atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              JsonNode inbox = approver().getForObject("/api/tasks?state=CREATED&size=100", JsonNode.class);
              for (JsonNode task : inbox.get("content")) {
                if (task.get("processInstanceKey").asLong() == instanceKey) {
                  return task;
                }
              }
              return null;
            },
            task -> task != null);
  }

  private static ResponseEntity<JsonNode> complete(TestRestTemplate as, long id, Map<String, Object> variables) {
    return as.postForEntity("/api/tasks/" + id + "/complete", json(Map.of("variables", variables)), JsonNode.class);
  }

  private TestRestTemplate approver() {
    return http.withBasicAuth("approver", "approver");
  }

  private TestRestTemplate finance() {
    return http.withBasicAuth("finance", "finance");
  }

  private TestRestTemplate manager() {
    return http.withBasicAuth("manager", "manager");
  }
}
