package org.partnerengine.tasks;

/** The caller is neither the task's assignee nor in one of its candidate groups. */
public class TaskNotOffered extends RuntimeException {
  public TaskNotOffered(long taskId, String username) {
    super("Task " + taskId + " is not offered to " + username + " or any of their groups");
  }
}
