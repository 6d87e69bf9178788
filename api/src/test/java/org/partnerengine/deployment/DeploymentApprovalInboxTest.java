package org.partnerengine.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.partnerengine.Models;
import org.partnerengine.PartnerEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Four eyes in the inbox: a new version of a product process waits as an "Approve deployment"
 * task for a second designer or a manager, and is deployed in their name when they approve it.
 */
@PartnerEngineTest
class DeploymentApprovalInboxTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @Autowired TestRestTemplate http;
  @Autowired TrustedProcesses trusted;

  @Test
  void aSecondDesignerApprovesInTheInboxAndTheNewVersionIsDeployedAndTrusted() throws IOException {
    JsonNode latestBefore = latestRecruitment();
    long requestId = requestNewRecruitment("Reviewed in the inbox.");

    JsonNode task = openTaskOf(requestId, "reviewer");
    assertThat(task.get("name").asText()).isEqualTo("Approve deployment");
    assertThat(task.get("bpmnProcessId").asText()).isEqualTo("deployment-approval");
    assertThat(task.get("requestedBy").asText()).isEqualTo("designer");
    assertThat(task.get("candidateGroups").toString()).isEqualTo("[\"partner-managers\",\"process-designers\"]");
    long taskId = task.get("id").asLong();
    JsonNode form = as("reviewer").getForObject("/api/tasks/" + taskId + "/form", JsonNode.class);
    assertThat(form.get("id").asText()).isEqualTo("deployment-approval");

    assertThat(as("reviewer").postForEntity("/api/tasks/" + taskId + "/claim", null, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> done = complete("reviewer", taskId, "APPROVE", "Only the documentation changed");
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(done.getBody().get("completedBy").asText()).isEqualTo("reviewer");

    JsonNode decided = await().atMost(WAIT).until(() -> request(requestId), r -> r.hasNonNull("deploymentKey"));
    assertThat(decided.get("status").asText()).isEqualTo("APPROVED");
    assertThat(decided.get("decidedBy").asText()).isEqualTo("reviewer");
    assertThat(decided.get("decidedAt").asText()).isNotBlank();
    assertThat(decided.get("decisionReason").asText()).isEqualTo("Only the documentation changed");
    JsonNode latest = latestRecruitment();
    assertThat(latest.get("version").asInt()).isEqualTo(latestBefore.get("version").asInt() + 1);
    assertThat(as("designer").getForObject("/api/processes/partner-recruitment/xml", String.class)).contains("Reviewed in the inbox.");
    assertThat(trusted.isTrusted(latest.get("processDefinitionKey").asLong())).as("the approved version's jobs run").isTrue();

    JsonNode history = as("reviewer").getForObject("/api/tasks/" + taskId, JsonNode.class);
    assertThat(history.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(history.get("completedBy").asText()).isEqualTo("reviewer");
    assertThat(as("manager").postForEntity("/api/deployment-requests/" + requestId + "/reject", null, JsonNode.class).getStatusCode())
        .as("decided once")
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void theRequesterCanSeeButNeitherClaimNorCompleteTheTaskAndNothingIsDeployed() throws IOException {
    JsonNode latestBefore = latestRecruitment();
    long requestId = requestNewRecruitment("Waved through by its own author.");
    long taskId = openTaskOf(requestId, "designer").get("id").asLong();

    ResponseEntity<JsonNode> claim = as("designer").postForEntity("/api/tasks/" + taskId + "/claim", null, JsonNode.class);
    ResponseEntity<JsonNode> completion = complete("designer", taskId, "APPROVE", "Trust me");

    for (ResponseEntity<JsonNode> refused : java.util.List.of(claim, completion)) {
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(refused.getBody().get("title").asText()).isEqualTo("Not your own request");
      assertThat(refused.getBody().get("detail").asText()).contains("deployment request " + requestId).contains("designer");
    }
    JsonNode task = as("designer").getForObject("/api/tasks/" + taskId, JsonNode.class);
    assertThat(task.get("state").asText()).isEqualTo("CREATED");
    assertThat(task.hasNonNull("claimedBy")).isFalse();
    assertThat(request(requestId).get("status").asText()).isEqualTo("PENDING");
    assertThat(latestRecruitment()).isEqualTo(latestBefore);
  }

  @Test
  void aManagerRejectsInTheInboxAndNothingIsDeployed() throws IOException {
    JsonNode latestBefore = latestRecruitment();
    long requestId = requestNewRecruitment("Rejected in the inbox.");
    long taskId = openTaskOf(requestId, "manager").get("id").asLong();

    assertThat(complete("manager", taskId, "REJECT", "Not this quarter").getStatusCode()).isEqualTo(HttpStatus.OK);

    JsonNode decided = await().atMost(WAIT).until(() -> request(requestId), r -> !r.get("status").asText().equals("PENDING"));
    assertThat(decided.get("status").asText()).isEqualTo("REJECTED");
    assertThat(decided.get("decidedBy").asText()).isEqualTo("manager");
    assertThat(decided.get("decisionReason").asText()).isEqualTo("Not this quarter");
    assertThat(decided.hasNonNull("deploymentKey")).isFalse();
    assertThat(latestRecruitment()).isEqualTo(latestBefore);
  }

  @Test
  void aRequestDecidedThroughTheApiLeavesTheInbox() throws IOException {
    long requestId = requestNewRecruitment("Approved through the API.");
    long taskId = openTaskOf(requestId, "reviewer").get("id").asLong();

    assertThat(as("manager").postForEntity("/api/deployment-requests/" + requestId + "/approve", null, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    await().atMost(WAIT)
        .until(() -> as("reviewer").getForObject("/api/tasks/" + taskId, JsonNode.class).get("state").asText(), "CANCELED"::equals);
    assertThat(complete("reviewer", taskId, "REJECT", "Too late").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    JsonNode decided = request(requestId);
    assertThat(decided.get("status").asText()).isEqualTo("APPROVED");
    assertThat(decided.get("decidedBy").asText()).isEqualTo("manager");
  }

  @Test
  void filesTheEngineRefusesComeBackToTheApproversWithTheEnginesReason() throws IOException {
    JsonNode latestBefore = latestRecruitment();
    // a service task without a job type: the engine refuses the file
    String broken = recruitment().replace("<zeebe:taskDefinition type=\"recruitment.validate-application\"", "<zeebe:taskDefinition type=\"\"");
    assertThat(broken).isNotEqualTo(recruitment());
    long requestId =
        as("designer").postForEntity("/api/deployments", Models.upload("partner-recruitment.bpmn", broken), JsonNode.class)
            .getBody().get("id").asLong();
    long first = openTaskOf(requestId, "reviewer").get("id").asLong();

    assertThat(complete("reviewer", first, "APPROVE", "Looks fine").getStatusCode()).isEqualTo(HttpStatus.OK);

    JsonNode again = await().atMost(WAIT).until(() -> openTask(requestId, "reviewer"), t -> t != null && t.get("id").asLong() != first);
    JsonNode waiting = request(requestId);
    assertThat(waiting.get("status").asText()).isEqualTo("PENDING");
    assertThat(waiting.get("refusal").asText()).isNotBlank();
    assertThat(waiting.hasNonNull("decidedBy")).isFalse();
    assertThat(latestRecruitment()).isEqualTo(latestBefore);

    assertThat(complete("reviewer", again.get("id").asLong(), "REJECT", "The engine cannot take it").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    await().atMost(WAIT).until(() -> request(requestId).get("status").asText(), "REJECTED"::equals);
  }

  private long requestNewRecruitment(String marker) throws IOException {
    String changed =
        recruitment().replaceFirst("(<bpmn:process [^>]*>)", "$1<bpmn:documentation>" + marker + "</bpmn:documentation>");
    ResponseEntity<JsonNode> asked =
        as("designer").postForEntity("/api/deployments", Models.upload("partner-recruitment.bpmn", changed), JsonNode.class);
    assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    return asked.getBody().get("id").asLong();
  }

  private static String recruitment() throws IOException {
    return new ClassPathResource("processes/partner-recruitment.bpmn").getContentAsString(StandardCharsets.UTF_8);
  }

  private JsonNode openTaskOf(long requestId, String user) {
    return await().atMost(WAIT).until(() -> openTask(requestId, user), t -> t != null);
  }

  /** The open approval task of the request in this user's inbox, or null. */
  private JsonNode openTask(long requestId, String user) {
    JsonNode page = as(user).getForObject("/api/tasks?state=CREATED&size=100", JsonNode.class);
    return StreamSupport.stream(page.get("content").spliterator(), false)
        .filter(t -> t.path("subject").path("type").asText().equals("deployment-request"))
        .filter(t -> t.path("subject").path("id").asLong() == requestId)
        .findFirst()
        .orElse(null);
  }

  private ResponseEntity<JsonNode> complete(String user, long taskId, String decision, String reason) {
    return as(user).postForEntity(
        "/api/tasks/" + taskId + "/complete",
        json(Map.of("variables", Map.of("deploymentDecision", decision, "deploymentDecisionReason", reason))),
        JsonNode.class);
  }

  private JsonNode request(long requestId) {
    return as("manager").getForObject("/api/deployment-requests/" + requestId, JsonNode.class);
  }

  private JsonNode latestRecruitment() {
    JsonNode processes = as("designer").getForObject("/api/processes?size=100", JsonNode.class);
    JsonNode recruitment =
        processes.get("content").findParents("bpmnProcessId").stream()
            .filter(p -> p.get("bpmnProcessId").asText().equals("partner-recruitment"))
            .findFirst()
            .orElseThrow();
    JsonNode versions = recruitment.get("versions");
    return versions.get(versions.size() - 1);
  }

  private TestRestTemplate as(String user) {
    return http.withBasicAuth(user, user);
  }
}
