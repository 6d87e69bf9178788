package org.partnerengine.tasks;

/** Four eyes: the task decides the caller's own request, so someone else claims and completes it. */
public class OwnRequestTask extends RuntimeException {
  public OwnRequestTask(long taskId, String subjectType, long subjectId, String username) {
    super("Task " + taskId + " decides " + subjectType.replace('-', ' ') + " " + subjectId + ", asked for by " + username
        + "; a second person decides it");
  }
}
