package org.partnerengine.deployment.approval;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.util.Map;
import org.partnerengine.deployment.DeploymentRequest;
import org.partnerengine.deployment.DeploymentRequests;
import org.partnerengine.deployment.InvalidDeployment;
import org.partnerengine.tasks.TaskInbox;
import org.springframework.stereotype.Component;

/**
 * Applies the decision taken in the "Approve deployment" task: deploys and trusts the request's
 * files, or rejects it, in the name of whoever completed the task (the inbox knows who; the
 * instance carries no names). Idempotent: see {@link DeploymentRequests#decideInInbox}.
 */
@Component
public class DeploymentApprovalWorker {

  static final String DECIDE_REQUEST = "deployment.decide-request";
  /** The engine refused approved files: the model hands the request back to the approvers. */
  static final String DEPLOYMENT_REFUSED = "DEPLOYMENT_REFUSED";

  /** What the model reads after the decision: the request's status, APPROVED or REJECTED. */
  public record DeploymentDecided(String deploymentOutcome) {}

  private final DeploymentRequests requests;
  private final TaskInbox inbox;

  public DeploymentApprovalWorker(DeploymentRequests requests, TaskInbox inbox) {
    this.requests = requests;
    this.inbox = inbox;
  }

  @JobWorker(type = DECIDE_REQUEST)
  public DeploymentDecided decide(
      @Variable long deploymentRequestId,
      @Variable String deploymentDecision,
      @Variable String deploymentDecisionReason,
      @ProcessInstanceKey long processInstanceKey) {
    String decider =
        inbox.completedBy(processInstanceKey, DeploymentApprovalProcess.APPROVAL_TASK)
            .orElseThrow(
                () -> new IllegalStateException("No completed approval task in instance " + processInstanceKey + ": who decided is unknown"));
    DeploymentRequest request;
    try {
      request = requests.decideInInbox(deploymentRequestId, decider, "APPROVE".equals(deploymentDecision), deploymentDecisionReason);
    } catch (InvalidDeployment refused) {
      throw CamundaError.bpmnError(DEPLOYMENT_REFUSED, refused.getMessage(), Map.of("deploymentRefusal", refused.getMessage()));
    }
    return new DeploymentDecided(request.status().name());
  }
}
