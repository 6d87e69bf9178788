package org.partnerengine.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.Models;
import org.partnerengine.PartnerEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@PartnerEngineTest
class IncidentAndVersionEndToEndTest {

  @Autowired TestRestTemplate http;
  @Autowired CamundaClient camunda;

  @Test
  void aFailedJobShowsAsAnIncidentThatAManagerRetriesUntilTheInstanceCompletes() {
    deploy("incident-test.bpmn", Models.text("incident-test.bpmn"));
    long key = start("incident-test");
    ActivatedJob job = activateOne("test.flaky");
    camunda.newFailCommand(job.getKey()).retries(0).errorMessage("CRM answered 502").send().join();

    JsonNode withIncident =
        await().atMost(Duration.ofSeconds(20))
            .until(() -> instance(key), i -> i.path("incidents").size() == 1);
    assertThat(withIncident.get("bpmnProcessId").asText()).isEqualTo("incident-test");
    assertThat(withIncident.get("state").asText()).isEqualTo("ACTIVE");
    assertThat(withIncident.at("/activeElementIds/0").asText()).isEqualTo("Task_CallFlakySystem");
    assertThat(withIncident.get("completedElementIds").toString())
        .as("the start event is behind, the failing task is not")
        .contains("\"StartEvent_Started\"")
        .doesNotContain("Task_CallFlakySystem");
    JsonNode incident = withIncident.at("/incidents/0");
    assertThat(incident.get("elementId").asText()).isEqualTo("Task_CallFlakySystem");
    assertThat(incident.get("errorType").asText()).isEqualTo("JOB_NO_RETRIES");
    assertThat(incident.get("errorMessage").asText()).isEqualTo("CRM answered 502");

    ResponseEntity<String> resolved =
        manager().postForEntity(
            "/api/process-instances/" + key + "/incidents/" + incident.get("key").asLong() + "/resolve", null, String.class);

    assertThat(resolved.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    await().atMost(Duration.ofSeconds(20)).until(() -> instance(key), i -> i.path("incidents").isEmpty());
    camunda.newCompleteCommand(activateOne("test.flaky").getKey()).send().join();
    await().atMost(Duration.ofSeconds(20))
        .until(() -> instance(key).get("state").asText(), "COMPLETED"::equals);
  }

  @Test
  void resolvingAnIncidentThatIsNotOpenIs404() {
    deploy("incident-test.bpmn", Models.text("incident-test.bpmn"));
    long key = start("incident-test");

    ResponseEntity<JsonNode> response =
        manager().postForEntity("/api/process-instances/" + key + "/incidents/123/resolve", null, JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(manager().getForEntity("/api/process-instances/42", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aNewVersionTakesNewInstancesWhileTheRunningOneKeepsItsVersion() {
    String v1 = Models.text("version-test-v1.bpmn");
    String v2 = v1.replace("name=\"Call flaky system\"", "name=\"Call the new system\"");
    JsonNode first = deploy("version-test.bpmn", v1);
    long running = start("version-test");

    JsonNode second = deploy("version-test.bpmn", v2);
    long started = start("version-test");

    int firstVersion = first.at("/processes/0/version").asInt();
    assertThat(second.at("/processes/0/version").asInt()).isEqualTo(firstVersion + 1);
    await().atMost(Duration.ofSeconds(20)).until(() -> instance(started).get("version").asInt() == firstVersion + 1);
    assertThat(instance(running).get("version").asInt()).isEqualTo(firstVersion);
    JsonNode processes = designer().getForObject("/api/processes?size=100", JsonNode.class);
    List<Integer> versions =
        processes.get("content").findParents("bpmnProcessId").stream()
            .filter(p -> p.get("bpmnProcessId").asText().equals("version-test"))
            .flatMap(p -> p.get("versions").findValues("version").stream())
            .map(JsonNode::asInt)
            .toList();
    assertThat(versions).contains(firstVersion, firstVersion + 1);
    assertThat(designer().getForObject("/api/processes/version-test/xml?version=" + firstVersion, String.class))
        .contains("Call flaky system");
    assertThat(designer().getForObject("/api/processes/version-test/xml", String.class)).contains("Call the new system");
  }

  @Test
  void anInvalidModelIs400WithTheEnginesReasonAndOtherFilesAre400() {
    String broken = Models.text("incident-test.bpmn").replace("targetRef=\"EndEvent_Done\"", "targetRef=\"EndEvent_Missing\"");

    ResponseEntity<JsonNode> invalid =
        designer().postForEntity("/api/deployments", Models.upload("broken.bpmn", broken), JsonNode.class);
    ResponseEntity<JsonNode> wrongKind =
        designer().postForEntity("/api/deployments", Models.upload("notes.txt", "hello"), JsonNode.class);

    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getBody().get("title").asText()).isEqualTo("Deployment rejected");
    assertThat(invalid.getBody().get("detail").asText()).contains("EndEvent_Missing");
    assertThat(wrongKind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrongKind.getBody().at("/errors/0/message").asText()).contains("notes.txt");
  }

  private JsonNode deploy(String name, String content) {
    ResponseEntity<JsonNode> response =
        designer().postForEntity("/api/deployments", Models.upload(name, content), JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return response.getBody();
  }

  private long start(String processId) {
    ResponseEntity<JsonNode> response =
        designer().postForEntity("/api/processes/" + processId + "/instances", json(Map.of("variables", Map.of())), JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return response.getBody().get("processInstanceKey").asLong();
  }

  private ActivatedJob activateOne(String type) {
    return await().atMost(Duration.ofSeconds(20))
        .until(
            () -> camunda.newActivateJobsCommand().jobType(type).maxJobsToActivate(1).send().join().getJobs(),
            jobs -> !jobs.isEmpty())
        .getFirst();
  }

  private JsonNode instance(long key) {
    return manager().getForObject("/api/process-instances/" + key, JsonNode.class);
  }

  private TestRestTemplate manager() {
    return http.withBasicAuth("manager", "manager");
  }

  private TestRestTemplate designer() {
    return http.withBasicAuth("designer", "designer");
  }
}
