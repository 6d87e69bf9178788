package org.partnerengine.tasks;

import java.time.Instant;
import java.util.List;

/** A task in the inbox as the API shows it. */
public record TaskView(
    long id,
    long jobKey,
    String elementId,
    String name,
    String bpmnProcessId,
    long processInstanceKey,
    Long partnerId,
    List<String> candidateGroups,
    String assignee,
    Instant dueDate,
    String formId,
    TaskState state,
    String claimedBy,
    Instant createdAt,
    Instant completedAt,
    String completedBy,
    Subject subject,
    String requestedBy) {

  /** The request a task decides (for example {@code deployment-request} 5); its requester may not decide it. */
  public record Subject(String type, long id) {}

  public static TaskView of(UserTask task) {
    return new TaskView(
        task.getId(),
        task.getJobKey(),
        task.getElementId(),
        task.getElementName() != null ? task.getElementName() : task.getElementId(),
        task.getBpmnProcessId(),
        task.getProcessInstanceKey(),
        task.getPartnerId(),
        task.getCandidateGroups().stream().sorted().toList(),
        task.getAssignee(),
        task.getDueDate(),
        task.getFormId(),
        task.getState(),
        task.getClaimedBy(),
        task.getCreatedAt(),
        task.getCompletedAt(),
        task.getCompletedBy(),
        task.getSubjectType() == null ? null : new Subject(task.getSubjectType(), task.getSubjectId()),
        task.getRequestedBy());
  }
}
