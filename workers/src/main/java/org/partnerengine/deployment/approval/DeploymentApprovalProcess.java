package org.partnerengine.deployment.approval;

import java.util.Map;
import org.partnerengine.deployment.DeploymentRequest;
import org.partnerengine.engine.ProcessStarter;
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

  private final ProcessStarter engine;
  private final PartnerMessages messages;

  public DeploymentApprovalProcess(ProcessStarter engine, PartnerMessages messages) {
    this.engine = engine;
    this.messages = messages;
  }

  public long start(DeploymentRequest request) {
    return engine.start(
        "the deployment approval",
        BPMN_PROCESS_ID,
        Map.of(
            "deploymentRequestId", request.id(),
            "processIds", String.join(", ", request.processIds()),
            "files", String.join(", ", request.files()),
            "summary", request.summary() == null ? "" : request.summary()));
  }

  /** Takes the request's approval task out of the inbox: it was decided elsewhere. Once per request. */
  public void decided(long requestId) {
    messages.publish(DECIDED_MESSAGE, Long.toString(requestId), DECIDED_MESSAGE + ":" + requestId, Map.of());
  }
}
