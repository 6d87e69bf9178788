package org.partnerengine.deployment.approval;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import java.time.Duration;
import java.util.Map;
import org.partnerengine.deployment.DeploymentRequest;
import org.partnerengine.lifecycle.EngineUnavailable;
import org.partnerengine.messaging.PartnerMessages;
import org.springframework.stereotype.Component;

/**
 * The deployment-approval process: one instance per deployment request, whose user task puts the
 * request in the inbox of designers and managers. It carries the request's id and what it asks
 * (process ids, files, summary), never who asked: the inbox reads that from the request.
 */
@Component
public class DeploymentApprovalProcess {

  public static final String BPMN_PROCESS_ID = "deployment-approval";
  public static final String APPROVAL_TASK = "Task_ApproveDeployment";
  /** Ends an instance whose request was decided outside the inbox (the API's approve or reject). */
  static final String DECIDED_MESSAGE = "deployment-request-decided";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

  private final CamundaClient camunda;
  private final PartnerMessages messages;

  public DeploymentApprovalProcess(CamundaClient camunda, PartnerMessages messages) {
    this.camunda = camunda;
    this.messages = messages;
  }

  public long start(DeploymentRequest request) {
    try {
      return camunda
          .newCreateInstanceCommand()
          .bpmnProcessId(BPMN_PROCESS_ID)
          .latestVersion()
          .variables(
              Map.of(
                  "deploymentRequestId", request.id(),
                  "processIds", String.join(", ", request.processIds()),
                  "files", String.join(", ", request.files()),
                  "summary", request.summary() == null ? "" : request.summary()))
          .requestTimeout(START_TIMEOUT)
          .send()
          .join()
          .getProcessInstanceKey();
    } catch (ClientException e) {
      throw new EngineUnavailable("The engine did not start the deployment approval: " + e.getMessage(), e);
    }
  }

  /** Takes the request's approval task out of the inbox: it was decided elsewhere. Once per request. */
  public void decided(long requestId) {
    messages.publish(DECIDED_MESSAGE, Long.toString(requestId), DECIDED_MESSAGE + ":" + requestId, Map.of());
  }
}
