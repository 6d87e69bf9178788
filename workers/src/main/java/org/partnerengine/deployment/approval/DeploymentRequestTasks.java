package org.partnerengine.deployment.approval;

import io.camunda.client.api.response.ActivatedJob;
import java.util.Optional;
import org.partnerengine.deployment.DeploymentRequest;
import org.partnerengine.deployment.DeploymentRequests;
import org.partnerengine.tasks.TaskSubject;
import org.partnerengine.tasks.TaskSubjects;
import org.springframework.stereotype.Component;

/** The approval task of a deployment request decides that request: its requester may not decide it. */
@Component
class DeploymentRequestTasks implements TaskSubjects {

  static final String SUBJECT_TYPE = "deployment-request";

  private final DeploymentRequests requests;

  DeploymentRequestTasks(DeploymentRequests requests) {
    this.requests = requests;
  }

  @Override
  public Optional<TaskSubject> subjectOf(ActivatedJob job) {
    if (!DeploymentApprovalProcess.BPMN_PROCESS_ID.equals(job.getBpmnProcessId())
        || !(job.getVariablesAsMap().get("deploymentRequestId") instanceof Number id)) {
      return Optional.empty();
    }
    DeploymentRequest request = requests.find(id.longValue());
    return Optional.of(new TaskSubject(SUBJECT_TYPE, request.id(), request.requestedBy()));
  }
}
