package org.partnerengine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.Models;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.deployment.TrustedProcesses;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.partnerengine.tiering.TierChanges;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A designer's sandbox cannot reach real partners, money or the product's processes. */
@PartnerEngineTest
class SecurityAttackSandboxTest {

  @Autowired TestRestTemplate http;
  @Autowired Partners partners;
  @Autowired TierChanges tierChanges;
  @Autowired TrustedProcesses trusted;

  @Test
  void aTrialStartOfPartnerOffboardingForARealPartnerIsRefused() {
    long partnerId = activePartner();
    String processesBefore = designer().getForObject("/api/processes?size=100", String.class);

    ResponseEntity<JsonNode> response =
        designer().postForEntity(
            "/api/processes/partner-offboarding/instances", json(Map.of("variables", Map.of("partnerId", partnerId))), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().get("title").asText()).isEqualTo("Not a sandbox process");
    Partner after = partners.findById(partnerId).orElseThrow();
    assertThat(after.getStage()).isEqualTo(Stage.ACTIVE);
    assertThat(after.getProcessInstanceKey()).isNull();
    assertThat(designer().getForObject("/api/processes?size=100", String.class)).isEqualTo(processesBefore);
  }

  @Test
  void aSandboxProcessCallingTheTierJobTypeEndsInAnIncidentAndChangesNoTier() {
    long partnerId = activePartner();
    String tierBefore = partners.findById(partnerId).orElseThrow().getTier();
    long changesBefore = tierChanges.count();
    String evil =
        Bpmn.convertToString(
            Bpmn.createExecutableProcess("evil")
                .startEvent("StartEvent_Started")
                .serviceTask("Task_ApplyTier", t -> t.zeebeJobType("tiering.apply-tier"))
                .endEvent("EndEvent_Done")
                .done());
    assertThat(designer().postForEntity("/api/deployments", Models.upload("evil.bpmn", evil), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    ResponseEntity<JsonNode> started =
        designer().postForEntity(
            "/api/processes/evil/instances",
            json(Map.of("variables", Map.of("partnerId", partnerId, "tier", "PLATINUM", "tierReason", "sandbox", "trigger", "MANUAL"))),
            JsonNode.class);
    assertThat(started.getStatusCode()).as("a designer's own process still starts").isEqualTo(HttpStatus.CREATED);
    long key = started.getBody().get("processInstanceKey").asLong();

    JsonNode incident =
        await().atMost(Duration.ofSeconds(20))
            .until(() -> manager().getForObject("/api/process-instances/" + key, JsonNode.class), i -> i.path("incidents").size() == 1)
            .at("/incidents/0");
    assertThat(incident.get("elementId").asText()).isEqualTo("Task_ApplyTier");
    assertThat(incident.get("errorType").asText()).isEqualTo("JOB_NO_RETRIES");
    assertThat(incident.get("errorMessage").asText()).contains("tiering.apply-tier").contains("sandbox process");
    assertThat(partners.findById(partnerId).orElseThrow().getTier()).isEqualTo(tierBefore);
    assertThat(tierChanges.count()).isEqualTo(changesBefore);
  }

  @Test
  void aSandboxProcessCallingPartnerOffboardingIsNotDeployed() {
    long partnerId = activePartner();
    String processesBefore = designer().getForObject("/api/processes?size=100", String.class);
    String caller =
        Bpmn.convertToString(
            Bpmn.createExecutableProcess("evil-caller")
                .startEvent()
                .callActivity("Call_Offboarding", c -> c.zeebeProcessId("partner-offboarding"))
                .endEvent()
                .done());
    String dynamic = caller.replace("evil-caller", "evil-dynamic").replace("processId=\"partner-offboarding\"", "processId=\"=target\"");

    for (String[] file : new String[][] {{"evil-caller.bpmn", caller}, {"evil-dynamic.bpmn", dynamic}}) {
      ResponseEntity<JsonNode> response = designer().postForEntity("/api/deployments", Models.upload(file[0], file[1]), JsonNode.class);

      assertThat(response.getStatusCode()).as(file[0]).isEqualTo(HttpStatus.CONFLICT);
      assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(response.getBody().get("title").asText()).isEqualTo("Not a sandbox process");
    }
    assertThat(designer().getForObject("/api/processes?size=100", String.class)).isEqualTo(processesBefore);
    assertThat(partners.findById(partnerId).orElseThrow().getStage()).isEqualTo(Stage.ACTIVE);
  }

  @Test
  void aSandboxUserTaskNeverReachesTheApproversInbox() {
    String trial =
        Bpmn.convertToString(
            Bpmn.createExecutableProcess("evil-task")
                .startEvent()
                .userTask("Task_Approve", t -> t.zeebeCandidateGroups("channel-approvers"))
                .endEvent()
                .done());
    assertThat(designer().postForEntity("/api/deployments", Models.upload("evil-task.bpmn", trial), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    long key =
        designer().postForEntity("/api/processes/evil-task/instances", json(Map.of("variables", Map.of())), JsonNode.class)
            .getBody().get("processInstanceKey").asLong();

    JsonNode incident =
        await().atMost(Duration.ofSeconds(20))
            .until(() -> manager().getForObject("/api/process-instances/" + key, JsonNode.class), i -> i.path("incidents").size() == 1)
            .at("/incidents/0");
    assertThat(incident.get("errorMessage").asText()).contains("io.camunda.zeebe:userTask").contains("evil-task");
    // Other tests share this app: its inbox holds their tasks, never one of this instance.
    assertThat(http.withBasicAuth("approver", "approver").getForObject("/api/tasks?size=100", String.class))
        .doesNotContain("\"bpmnProcessId\":\"evil-task\"")
        .doesNotContain(Long.toString(key));
  }

  @Test
  void aModifiedPartnerRecruitmentWaitsForASecondPersonAndItsRequesterCannotApproveIt() throws IOException {
    JsonNode latestBefore = latestRecruitment();
    String modified =
        new ClassPathResource("processes/partner-recruitment.bpmn").getContentAsString(StandardCharsets.UTF_8).replace("name=\"", "name=\"Quick ");

    ResponseEntity<JsonNode> asked =
        designer().postForEntity("/api/deployments", Models.upload("partner-recruitment.bpmn", modified), JsonNode.class);

    assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    long requestId = asked.getBody().get("id").asLong();
    assertThat(asked.getBody().get("status").asText()).isEqualTo("PENDING");
    assertThat(asked.getBody().at("/processIds/0").asText()).isEqualTo("partner-recruitment");
    assertThat(latestRecruitment()).as("nothing deployed yet").isEqualTo(latestBefore);

    ResponseEntity<JsonNode> ownApproval =
        designer().postForEntity("/api/deployment-requests/" + requestId + "/approve", null, JsonNode.class);

    assertThat(ownApproval.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ownApproval.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(ownApproval.getBody().get("title").asText()).isEqualTo("Not your own deployment request");
    assertThat(latestRecruitment()).isEqualTo(latestBefore);
    assertThat(designer().getForObject("/api/deployment-requests/" + requestId, JsonNode.class).get("status").asText())
        .isEqualTo("PENDING");

    ResponseEntity<JsonNode> approved =
        manager().postForEntity("/api/deployment-requests/" + requestId + "/approve", null, JsonNode.class);

    assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode deployed = approved.getBody().at("/processes/0");
    assertThat(deployed.get("version").asInt()).isEqualTo(latestBefore.get("version").asInt() + 1);
    assertThat(designer().getForObject("/api/processes/partner-recruitment/xml", String.class)).contains("name=\"Quick ");
    assertThat(trusted.isTrusted(deployed.get("key").asLong())).as("the approved version's jobs run").isTrue();
    assertThat(manager().postForEntity("/api/deployment-requests/" + requestId + "/reject", null, JsonNode.class).getStatusCode())
        .as("decided once")
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void aRejectedRequestDeploysNothing() throws IOException {
    JsonNode latestBefore = latestRecruitment();
    String modified =
        new ClassPathResource("processes/partner-recruitment.bpmn").getContentAsString(StandardCharsets.UTF_8).replace("name=\"", "name=\"Skip ");
    long requestId =
        designer().postForEntity("/api/deployments", Models.upload("partner-recruitment.bpmn", modified), JsonNode.class)
            .getBody().get("id").asLong();

    ResponseEntity<JsonNode> rejected =
        manager().postForEntity("/api/deployment-requests/" + requestId + "/reject", null, JsonNode.class);

    assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rejected.getBody().get("status").asText()).isEqualTo("REJECTED");
    assertThat(rejected.getBody().get("decidedBy").asText()).isEqualTo("manager");
    assertThat(latestRecruitment()).isEqualTo(latestBefore);
  }

  @Test
  void theRequesterCannotClaimOrCompleteTheApprovalTaskOfItsOwnRequest() throws IOException {
    JsonNode latestBefore = latestRecruitment();
    long requestId = requestRecruitmentVersion("Self-approved");
    long taskId = approvalTask(requestId).get("id").asLong();

    ResponseEntity<JsonNode> claim = designer().postForEntity("/api/tasks/" + taskId + "/claim", null, JsonNode.class);
    ResponseEntity<JsonNode> complete =
        designer().postForEntity(
            "/api/tasks/" + taskId + "/complete",
            json(Map.of("variables", Map.of("deploymentDecision", "APPROVE", "deploymentDecisionReason", "mine"))),
            JsonNode.class);

    for (ResponseEntity<JsonNode> refused : java.util.List.of(claim, complete)) {
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody().get("title").asText()).isEqualTo("Not your own request");
    }
    assertThat(designer().getForObject("/api/tasks/" + taskId, JsonNode.class).get("state").asText()).isEqualTo("CREATED");
    assertThat(designer().getForObject("/api/deployment-requests/" + requestId, JsonNode.class).get("status").asText()).isEqualTo("PENDING");
    assertThat(latestRecruitment()).isEqualTo(latestBefore);
  }

  @Test
  void anApprovalCompletedWithAnotherRequestsIdIsRefusedAndDecidesNothing() throws IOException {
    JsonNode latestBefore = latestRecruitment();
    long harmless = requestRecruitmentVersion("Harmless");
    long other = requestRecruitmentVersion("Other");
    long taskId = approvalTask(harmless).get("id").asLong();

    ResponseEntity<JsonNode> response =
        manager().postForEntity(
            "/api/tasks/" + taskId + "/complete",
            json(Map.of("variables", Map.of("deploymentDecision", "APPROVE", "deploymentDecisionReason", "ok", "deploymentRequestId", other))),
            JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().toString()).contains("deploymentRequestId");
    for (long id : new long[] {harmless, other}) {
      assertThat(manager().getForObject("/api/deployment-requests/" + id, JsonNode.class).get("status").asText()).isEqualTo("PENDING");
    }
    assertThat(latestRecruitment()).isEqualTo(latestBefore);
  }

  @Test
  void aSandboxProcessCallingTheDeploymentDecisionEndsInAnIncidentAndDeploysNothing() throws IOException {
    JsonNode latestBefore = latestRecruitment();
    long requestId = requestRecruitmentVersion("Smuggled");
    String evil =
        Bpmn.convertToString(
            Bpmn.createExecutableProcess("evil-approval")
                .startEvent()
                .serviceTask("Task_Decide", t -> t.zeebeJobType("deployment.decide-request"))
                .endEvent()
                .done());
    assertThat(designer().postForEntity("/api/deployments", Models.upload("evil-approval.bpmn", evil), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    long key =
        designer().postForEntity(
                "/api/processes/evil-approval/instances",
                json(Map.of("variables", Map.of("deploymentRequestId", requestId, "deploymentDecision", "APPROVE"))),
                JsonNode.class)
            .getBody().get("processInstanceKey").asLong();

    JsonNode incident =
        await().atMost(Duration.ofSeconds(20))
            .until(() -> manager().getForObject("/api/process-instances/" + key, JsonNode.class), i -> i.path("incidents").size() == 1)
            .at("/incidents/0");
    assertThat(incident.get("errorMessage").asText()).contains("deployment.decide-request").contains("sandbox process");
    assertThat(manager().getForObject("/api/deployment-requests/" + requestId, JsonNode.class).get("status").asText()).isEqualTo("PENDING");
    assertThat(latestRecruitment()).isEqualTo(latestBefore);
  }

  private long requestRecruitmentVersion(String marker) throws IOException {
    String modified =
        new ClassPathResource("processes/partner-recruitment.bpmn").getContentAsString(StandardCharsets.UTF_8)
            .replaceFirst("(<bpmn:process [^>]*>)", "$1<bpmn:documentation>" + marker + "</bpmn:documentation>");
    ResponseEntity<JsonNode> asked =
        designer().postForEntity("/api/deployments", Models.upload("partner-recruitment.bpmn", modified), JsonNode.class);
    assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    return asked.getBody().get("id").asLong();
  }

  /** The open "Approve deployment" task of the request, once the inbox has it. */
  private JsonNode approvalTask(long requestId) {
    return await().atMost(Duration.ofSeconds(20))
        .until(
            () ->
                java.util.stream.StreamSupport.stream(
                        manager().getForObject("/api/tasks?state=CREATED&candidateGroup=process-designers&size=100", JsonNode.class).get("content").spliterator(), false)
                    .filter(t -> t.path("subject").path("id").asLong() == requestId)
                    .findFirst()
                    .orElse(null),
            t -> t != null);
  }

  private JsonNode latestRecruitment() {
    JsonNode processes = designer().getForObject("/api/processes?size=100", JsonNode.class);
    JsonNode recruitment =
        processes.get("content").findParents("bpmnProcessId").stream()
            .filter(p -> p.get("bpmnProcessId").asText().equals("partner-recruitment"))
            .findFirst()
            .orElseThrow();
    JsonNode versions = recruitment.get("versions");
    return versions.get(versions.size() - 1);
  }

  private long activePartner() {
    Partner partner =
        new Partner("Acme Cloud GmbH", PartnerType.SYSTEM_INTEGRATOR, "DE", "https://acme-cloud.de", "Ada Lovelace", "ada@acme-cloud.de",
            new BigDecimal("2500000"), 40, Instant.now());
    for (Stage stage : new Stage[] {Stage.ONBOARD, Stage.ENABLE, Stage.CERTIFY, Stage.ACTIVE}) {
      partner.enterStage(stage, Instant.now());
    }
    return partners.saveAndFlush(partner).getId();
  }

  private TestRestTemplate designer() {
    return http.withBasicAuth("designer", "designer");
  }

  private TestRestTemplate manager() {
    return http.withBasicAuth("manager", "manager");
  }
}
