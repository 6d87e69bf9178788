package org.partnerengine.questions;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import org.partnerengine.tasks.TaskInbox;
import org.springframework.stereotype.Component;

/** The partner-question process's service tasks: each idempotent by the question's state. */
@Component
public class QuestionWorkers {

  static final String RECORD_ANSWER = "questions.record-answer";
  static final String ESCALATE = "questions.escalate";
  static final String ANSWER_TASK = "Task_AnswerQuestion";

  private final Questions questions;
  private final TaskInbox inbox;

  public QuestionWorkers(Questions questions, TaskInbox inbox) {
    this.questions = questions;
    this.inbox = inbox;
  }

  /** The answer, in the name of whoever completed the task (the instance carries no names). */
  @JobWorker(type = RECORD_ANSWER)
  public void recordAnswer(@Variable long questionId, @Variable String answer, @ProcessInstanceKey long processInstanceKey) {
    String by =
        inbox.completedBy(processInstanceKey, ANSWER_TASK)
            .orElseThrow(() -> new IllegalStateException("No completed answer task in instance " + processInstanceKey));
    questions.recordAnswer(questionId, answer, by);
  }

  @JobWorker(type = ESCALATE)
  public void escalate(@Variable long questionId, @Variable String escalationGroup) {
    questions.escalate(questionId, escalationGroup);
  }
}
