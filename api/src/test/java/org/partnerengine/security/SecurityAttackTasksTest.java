package org.partnerengine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.builder.UserTaskBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.deployment.DeploymentResource;
import org.partnerengine.deployment.Deployments;
import org.partnerengine.deployment.TrustedProcesses;
import org.partnerengine.deployment.FormStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Attacks on task completion: variables a task's form does not have, a task without a form, a
 * form the app does not know, and a form pattern that would hold a request thread. Each is
 * refused, and the task and its instance stay as they were.
 */
@PartnerEngineTest
class SecurityAttackTasksTest {

  private static final long PARTNER = 77;

  @Autowired TestRestTemplate http;
  @Autowired CamundaClient camunda;
  @Autowired Deployments deployments;
  @Autowired TrustedProcesses trusted;
  @Autowired FormStore forms;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aTaskWithoutAFormDoesNotLetItsCompletionOverwriteThePartnerOfTheInstance() {
    deploy("attack-no-form", task -> task, null);
    long instance = start("attack-no-form");
    JsonNode task = awaitTask(instance);

    ResponseEntity<JsonNode> refused = complete(task, Map.of("partnerId", 1));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(refused.getBody().at("/errors/0/field").asText()).isEqualTo("partnerId");
    assertThat(refused.getBody().at("/errors/0/message").asText()).contains("this task has no form");
    assertThat(taskNow(task).get("state").asText()).isEqualTo("CREATED");
    assertThat(instanceNow(instance).at("/variables/partnerId").asLong()).isEqualTo(PARTNER);

    // Without variables the task completes, and the instance still belongs to its partner.
    assertThat(complete(task, Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
    await().atMost(Duration.ofSeconds(20))
        .until(() -> instanceNow(instance), i -> i.get("activeElementIds").toString().contains("Task_After"));
    assertThat(instanceNow(instance).at("/variables/partnerId").asLong()).isEqualTo(PARTNER);
  }

  @Test
  void aTaskWhoseFormWasDeployedPastTheAppIs409AndStaysOpen() {
    // Deployed straight to the engine, not through the app: the app never stored this form. The
    // process is trusted all the same (as a version approved elsewhere would be), so its task
    // reaches the inbox; only the form is unknown.
    var deployed =
        camunda
            .newDeployResourceCommand()
            .addResourceBytes(model("attack-unlisted", task -> task.zeebeFormId("attack-unlisted-form")), "attack-unlisted.bpmn")
            .addResourceBytes(form("attack-unlisted-form", "{\"key\": \"approved\", \"type\": \"checkbox\"}"), "attack-unlisted.form")
            .send()
            .join()
            .getProcesses()
            .getFirst();
    trusted.trust(deployed.getProcessDefinitionKey(), deployed.getBpmnProcessId(), deployed.getVersion());
    long instance = start("attack-unlisted");
    JsonNode task = awaitTask(instance);

    ResponseEntity<JsonNode> refused = complete(task, Map.of("approved", true, "partnerId", 1));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(refused.getBody().get("title").asText()).isEqualTo("Form unknown");
    assertThat(complete(task, Map.of()).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    JsonNode after = taskNow(task);
    assertThat(after.get("state").asText()).isEqualTo("CREATED");
    assertThat(after.has("completedBy")).isFalse();
    assertThat(instanceNow(instance).at("/variables/partnerId").asLong()).isEqualTo(PARTNER);
    assertThat(instanceNow(instance).get("activeElementIds").toString()).contains("Task_Attack");
  }

  @Test
  void aTaskWithAFormKeptOutsideTheEngineIs409() {
    deploy("attack-external-form", task -> task.zeebeFormKey("https://forms.example.com/review"), null);
    long instance = start("attack-external-form");
    JsonNode task = awaitTask(instance);

    ResponseEntity<JsonNode> refused = complete(task, Map.of("partnerId", 1));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().get("title").asText()).isEqualTo("Form unknown");
    assertThat(taskNow(task).get("state").asText()).isEqualTo("CREATED");
    assertThat(instanceNow(instance).at("/variables/partnerId").asLong()).isEqualTo(PARTNER);
  }

  @Test
  void aFormPatternThatBacktracksWithoutEndIsRefusedNotWaitedFor() {
    deploy(
        "attack-pattern",
        task -> task.zeebeFormId("attack-pattern-form"),
        form("attack-pattern-form", "{\"key\": \"code\", \"type\": \"textfield\", \"validate\": {\"pattern\": \"(.*a){20}\"}}"));
    long instance = start("attack-pattern");
    JsonNode task = awaitTask(instance);

    ResponseEntity<JsonNode> refused = complete(task, Map.of("code", "a".repeat(1_000) + "!"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().at("/errors/0/field").asText()).isEqualTo("code");
    assertThat(refused.getBody().at("/errors/0/message").asText()).contains("pattern takes too long");
    ResponseEntity<JsonNode> tooLong = complete(task, Map.of("code", "a".repeat(5_000)));
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLong.getBody().at("/errors/0/message").asText()).contains("too long to be checked");
    assertThat(taskNow(task).get("state").asText()).isEqualTo("CREATED");
  }

  @Test
  void aFormIsStillKnownAfterARestartAndStillRefusesWhatItDoesNotHave() {
    deploy(
        "attack-restart",
        task -> task.zeebeFormId("attack-restart-form"),
        form("attack-restart-form", "{\"key\": \"approved\", \"type\": \"checkbox\"}"));
    long instance = start("attack-restart");
    JsonNode task = awaitTask(instance);

    forms.clearCache(); // what this instance held in memory is gone, as after a restart
    assertThat(jdbc.queryForObject("select count(*) from deployed_form where form_id = 'attack-restart-form'", Integer.class))
        .isEqualTo(1);

    JsonNode schema = approver().getForObject("/api/tasks/" + task.get("id").asLong() + "/form", JsonNode.class);
    assertThat(schema.get("id").asText()).isEqualTo("attack-restart-form");
    ResponseEntity<JsonNode> refused = complete(task, Map.of("approved", true, "partnerId", 1));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().at("/errors/0/field").asText()).isEqualTo("partnerId");
    assertThat(taskNow(task).get("state").asText()).isEqualTo("CREATED");
    assertThat(complete(task, Map.of("approved", true)).getStatusCode()).isEqualTo(HttpStatus.OK);
    await().atMost(Duration.ofSeconds(20))
        .until(() -> instanceNow(instance), i -> i.get("activeElementIds").toString().contains("Task_After"));
    assertThat(instanceNow(instance).at("/variables/partnerId").asLong()).isEqualTo(PARTNER);
  }

  /** Deploys through the app, as at startup: the app stores the form. */
  private void deploy(String processId, UnaryOperator<UserTaskBuilder> task, byte[] form) {
    List<DeploymentResource> resources =
        form == null
            ? List.of(new DeploymentResource(processId + ".bpmn", model(processId, task)))
            : List.of(new DeploymentResource(processId + ".bpmn", model(processId, task)), new DeploymentResource(processId + ".form", form));
    // trusted, as an approved deployment request would be: a sandbox model's tasks reach no inbox
    trusted.trust(deployments.deploy(resources));
  }

  /** A user task offered to the channel approvers, then a service task nobody works, so the instance waits there. */
  private static byte[] model(String processId, UnaryOperator<UserTaskBuilder> task) {
    UserTaskBuilder userTask =
        Bpmn.createExecutableProcess(processId).startEvent().userTask("Task_Attack").zeebeCandidateGroups("channel-approvers");
    return Bpmn.convertToString(task.apply(userTask).serviceTask("Task_After").zeebeJobType("test.attack-after").endEvent().done())
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] form(String id, String... components) {
    return ("{\"id\": \"" + id + "\", \"type\": \"default\", \"schemaVersion\": 18, \"components\": [" + String.join(",", components) + "]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private long start(String processId) {
    return camunda
        .newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .variables(Map.of("partnerId", PARTNER))
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

  private JsonNode taskNow(JsonNode task) {
    return approver().getForObject("/api/tasks/" + task.get("id").asLong(), JsonNode.class);
  }

  private JsonNode instanceNow(long instanceKey) {
    return http.withBasicAuth("manager", "manager").getForObject("/api/process-instances/" + instanceKey, JsonNode.class);
  }

  private ResponseEntity<JsonNode> complete(JsonNode task, Map<String, Object> variables) {
    return approver()
        .postForEntity("/api/tasks/" + task.get("id").asLong() + "/complete", json(Map.of("variables", variables)), JsonNode.class);
  }

  private TestRestTemplate approver() {
    return http.withBasicAuth("approver", "approver");
  }
}
