package org.partnerengine.mdf;

import org.partnerengine.tasks.UserTaskOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Binds an MDF request to its instance when the instance's first step, the channel approval task,
 * reaches the inbox: a request answered before its start was, or started by the sweep, is bound
 * even if the app stopped before the start's answer, so the sweep never starts it a second time.
 */
@Component
class MdfInstances {

  private final MdfRequests requests;

  MdfInstances(MdfRequests requests) {
    this.requests = requests;
  }

  @EventListener
  void taskOpened(UserTaskOpened task) {
    if (MdfProcess.BPMN_PROCESS_ID.equals(task.bpmnProcessId())
        && task.variables() != null
        && task.variables().get("mdfRequestId") instanceof Number mdfRequestId) {
      requests.attach(mdfRequestId.longValue(), task.processInstanceKey());
    }
  }
}
