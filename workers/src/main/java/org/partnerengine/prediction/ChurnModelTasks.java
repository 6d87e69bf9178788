package org.partnerengine.prediction;

import io.camunda.client.api.response.ActivatedJob;
import java.util.Optional;
import org.partnerengine.tasks.TaskSubject;
import org.partnerengine.tasks.TaskSubjects;
import org.springframework.stereotype.Component;

/** The approval task of model-retrain is about the candidate model: the page shows its scores. */
@Component
class ChurnModelTasks implements TaskSubjects {

  static final String SUBJECT_TYPE = "churn-model";
  static final String BPMN_PROCESS_ID = "model-retrain";

  @Override
  public Optional<TaskSubject> subjectOf(ActivatedJob job) {
    if (!BPMN_PROCESS_ID.equals(job.getBpmnProcessId()) || !(job.getVariablesAsMap().get("modelId") instanceof Number id)) {
      return Optional.empty();
    }
    return Optional.of(new TaskSubject(SUBJECT_TYPE, id.longValue(), null)); // a schedule asked for it, nobody to keep out
  }
}
