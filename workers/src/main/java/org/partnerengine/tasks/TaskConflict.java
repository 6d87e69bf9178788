package org.partnerengine.tasks;

/** The task cannot be changed now: it is done, cancelled, or someone else holds it. */
public class TaskConflict extends RuntimeException {
  public TaskConflict(Long taskId, String reason) {
    super("Task " + taskId + " " + reason);
  }
}
