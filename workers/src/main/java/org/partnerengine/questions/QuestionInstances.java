package org.partnerengine.questions;

import org.partnerengine.tasks.UserTaskOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Binds a question to its instance when the instance's first task, the answer task, reaches the
 * inbox: a question started by the sweep, or whose start's answer was lost, is bound even so, and
 * the sweep never starts it a second time.
 */
@Component
class QuestionInstances {

  private final Questions questions;

  QuestionInstances(Questions questions) {
    this.questions = questions;
  }

  @EventListener
  void taskOpened(UserTaskOpened task) {
    if (QuestionProcess.BPMN_PROCESS_ID.equals(task.bpmnProcessId())
        && task.variables() != null
        && task.variables().get("questionId") instanceof Number questionId) {
      questions.attach(questionId.longValue(), task.processInstanceKey());
    }
  }
}
