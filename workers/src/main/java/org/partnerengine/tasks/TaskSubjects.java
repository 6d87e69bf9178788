package org.partnerengine.tasks;

import io.camunda.client.api.response.ActivatedJob;
import java.util.Optional;

/**
 * Tells the inbox what a new task decides. A feature whose process asks people to decide a request
 * implements this for its tasks; the inbox asks every implementation when it files a task.
 */
public interface TaskSubjects {

  /** The request the job's task decides, or empty when the task is none of this feature's. */
  Optional<TaskSubject> subjectOf(ActivatedJob job);
}
