package org.partnerengine.questions;

import io.camunda.client.api.response.ActivatedJob;
import java.util.Optional;
import org.partnerengine.tasks.TaskSubject;
import org.partnerengine.tasks.TaskSubjects;
import org.springframework.stereotype.Component;

/** The answer task of a question is about that question: the page shows it with the form. */
@Component
class QuestionTasks implements TaskSubjects {

  static final String SUBJECT_TYPE = "question";

  private final Questions questions;

  QuestionTasks(Questions questions) {
    this.questions = questions;
  }

  @Override
  public Optional<TaskSubject> subjectOf(ActivatedJob job) {
    if (!QuestionProcess.BPMN_PROCESS_ID.equals(job.getBpmnProcessId())
        || !(job.getVariablesAsMap().get("questionId") instanceof Number id)) {
      return Optional.empty();
    }
    return Optional.of(new TaskSubject(SUBJECT_TYPE, id.longValue(), questions.require(id.longValue()).getAskedBy()));
  }
}
