package org.partnerengine.content;

import org.partnerengine.tasks.UserTaskOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Binds a content version to its review instance when the instance's first step, the review task,
 * reaches the inbox: a version whose start answer was lost is bound all the same, so the orphan
 * sweep never starts it a second time.
 */
@Component
class ContentInstances {

  private final ContentLibrary library;

  ContentInstances(ContentLibrary library) {
    this.library = library;
  }

  @EventListener
  void taskOpened(UserTaskOpened task) {
    if (ContentPublication.BPMN_PROCESS_ID.equals(task.bpmnProcessId())
        && task.variables() != null
        && task.variables().get("contentVersionId") instanceof Number versionId) {
      library.started(versionId.longValue(), task.processInstanceKey());
    }
  }
}
