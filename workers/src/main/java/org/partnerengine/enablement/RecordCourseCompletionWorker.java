package org.partnerengine.enablement;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** Takes one training-completed message's course and tells the process whether the curriculum is done. */
@Component
public class RecordCourseCompletionWorker {

  static final String JOB_TYPE = "enablement.record-course-completion";

  private final Enablement enablement;

  public RecordCourseCompletionWorker(Enablement enablement) {
    this.enablement = enablement;
  }

  @JobWorker(type = JOB_TYPE)
  public CurriculumProgress record(@Variable long partnerId, @Variable(optional = true) String courseId) {
    return enablement.recordCompletion(partnerId, courseId);
  }
}
