package org.partnerengine.tasks;

public class TaskNotFound extends RuntimeException {
  public TaskNotFound(long taskId) {
    super("No task " + taskId);
  }
}
