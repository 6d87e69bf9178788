package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@ZeebeProcessTest
class DeploymentApprovalProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("deployment-approval");

  static final String DECIDE = "deployment.decide-request";
  static final long REQUEST = 42L;

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void aDesignerOrManagerApprovesAndTheNewVersionIsDeployed() {
    InspectedProcessInstance approval = request();

    ActivatedJob task =
        processes.completeUserTask(
            "Task_ApproveDeployment",
            Map.of("deploymentDecision", "APPROVE", "deploymentDecisionReason", "Reviewed the diff", "deploymentRequestId", 999));

    assertThat(task.getCustomHeaders()).containsEntry("io.camunda.zeebe:candidateGroups", "[\"process-designers\",\"partner-managers\"]");
    assertThat(task.getCustomHeaders().get("io.camunda.zeebe:formKey")).isNotBlank();
    ActivatedJob decide = processes.job(DECIDE);
    assertThat(decide.getVariablesAsMap())
        .as("a completion cannot point the decision at another request")
        .containsEntry("deploymentRequestId", 42)
        .containsEntry("deploymentDecision", "APPROVE")
        .containsEntry("deploymentDecisionReason", "Reviewed the diff");
    client.newCompleteCommand(decide.getKey()).variables(Map.of("deploymentOutcome", "APPROVED")).send().join();
    processes.waitForIdle();

    assertThat(approval)
        .hasPassedElementsInOrder("Task_ApproveDeployment", "Task_DecideDeployment", "Gateway_Deployed", "EndEvent_Deployed")
        .hasNotPassedElement("EndEvent_NotDeployed")
        .isCompleted();
  }

  @Test
  void aRejectedRequestEndsWithoutDeployment() {
    InspectedProcessInstance approval = request();

    processes.completeUserTask("Task_ApproveDeployment", Map.of("deploymentDecision", "REJECT", "deploymentDecisionReason", "Breaks SLAs"));
    processes.complete(DECIDE, Map.of("deploymentOutcome", "REJECTED"));

    assertThat(approval)
        .hasPassedElementsInOrder("Task_ApproveDeployment", "Task_DecideDeployment", "Gateway_Deployed", "EndEvent_NotDeployed")
        .hasNotPassedElement("EndEvent_Deployed")
        .isCompleted();
  }

  @Test
  void filesTheEngineRefusesGoBackToTheApprovers() {
    InspectedProcessInstance approval = request();
    processes.completeUserTask("Task_ApproveDeployment", Map.of("deploymentDecision", "APPROVE", "deploymentDecisionReason", "Looks fine"));

    processes.throwError(DECIDE, "DEPLOYMENT_REFUSED", "Element 'Task_X' has no job type");

    assertThat(approval).hasPassedElement("Event_DeploymentRefused").isWaitingAtElements("Task_ApproveDeployment");
    processes.completeUserTask("Task_ApproveDeployment", Map.of("deploymentDecision", "REJECT", "deploymentDecisionReason", "Cannot deploy"));
    processes.complete(DECIDE, Map.of("deploymentOutcome", "REJECTED"));
    assertThat(approval).hasPassedElement("EndEvent_NotDeployed").isCompleted();
  }

  @Test
  void aRequestDecidedThroughTheApiTakesTheTaskOutOfTheInbox() {
    InspectedProcessInstance approval = request();
    assertThat(approval).isWaitingAtElements("Task_ApproveDeployment");

    processes.publish("deployment-request-decided", "42", "deployment-request-decided:42", Map.of());

    assertThat(approval)
        .hasPassedElementsInOrder("Event_DecidedElsewhere", "EndEvent_DecidedElsewhere")
        .hasNotPassedElement("Task_DecideDeployment")
        .isCompleted();
  }

  @Test
  void aDecisionForAnotherRequestLeavesTheTaskWaiting() {
    InspectedProcessInstance approval = request();

    processes.publish("deployment-request-decided", "43", "deployment-request-decided:43", Map.of());

    assertThat(approval).isWaitingAtElements("Task_ApproveDeployment");
  }

  private InspectedProcessInstance request() {
    long key =
        processes.start(
            "deployment-approval",
            Map.of(
                "deploymentRequestId", REQUEST,
                "processIds", "partner-recruitment",
                "files", "partner-recruitment.bpmn",
                "summary", "A new version of partner-recruitment (now version 1) from partner-recruitment.bpmn."));
    return new InspectedProcessInstance(key);
  }
}
