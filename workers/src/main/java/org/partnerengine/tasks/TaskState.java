package org.partnerengine.tasks;

public enum TaskState {
  CREATED,
  COMPLETED,
  /** The job is gone: a timer or the end of the instance took the task away. */
  CANCELED
}
