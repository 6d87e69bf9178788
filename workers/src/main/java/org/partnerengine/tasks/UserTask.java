package org.partnerengine.tasks;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** A job-based user task in the inbox. The entity guards claims and the task's end. */
@Entity
public final class UserTask {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long jobKey;
  private String elementId;
  private String elementName;
  private String bpmnProcessId;
  private long processDefinitionKey;
  private long processInstanceKey;
  private Long elementInstanceKey;
  private Long partnerId;
  private String assignee;
  private Instant dueDate;
  private Long formKey;
  private String formId;

  @Enumerated(EnumType.STRING)
  private TaskState state;

  private String claimedBy;
  private Instant createdAt;
  private Instant claimedAt;
  private Instant completedAt;
  private String completedBy;
  private Instant canceledAt;

  // Four eyes: the request this task decides and who asked for it (see TaskSubject).
  private String subjectType;
  private Long subjectId;
  private String requestedBy;

  // A page of tasks loads its groups in one query, not one per task.
  @ElementCollection(fetch = FetchType.EAGER)
  @BatchSize(size = 100)
  @CollectionTable(name = "user_task_candidate_group", joinColumns = @JoinColumn(name = "user_task_id"))
  @Column(name = "group_name")
  private Set<String> candidateGroups = new HashSet<>();

  @Version private long version;

  protected UserTask() {}

  UserTask(
      long jobKey,
      String elementId,
      String elementName,
      String bpmnProcessId,
      long processDefinitionKey,
      long processInstanceKey,
      Long partnerId,
      Set<String> candidateGroups,
      String assignee,
      Instant dueDate,
      Long formKey,
      String formId,
      Instant at) {
    this.jobKey = jobKey;
    this.elementId = elementId;
    this.elementName = elementName;
    this.bpmnProcessId = bpmnProcessId;
    this.processDefinitionKey = processDefinitionKey;
    this.processInstanceKey = processInstanceKey;
    this.partnerId = partnerId;
    this.candidateGroups = new HashSet<>(candidateGroups);
    this.assignee = assignee;
    this.dueDate = dueDate;
    this.formKey = formKey;
    this.formId = formId;
    this.state = TaskState.CREATED;
    this.createdAt = at;
  }

  void atElementInstance(long elementInstanceKey) {
    this.elementInstanceKey = elementInstanceKey;
  }

  /** Names the request this task decides; its requester may then neither claim nor complete it. */
  void decides(TaskSubject subject) {
    this.subjectType = subject.type();
    this.subjectId = subject.id();
    this.requestedBy = subject.requestedBy();
  }

  /** Whether the task decides this user's own request (four eyes). */
  public boolean decidesRequestOf(String username) {
    return requestedBy != null && requestedBy.equals(username);
  }

  /** Whether the caller may work on this task: its assignee, or a member of a candidate group. */
  public boolean isOfferedTo(String username, Set<String> groups) {
    if (username.equals(assignee)) {
      return true;
    }
    return candidateGroups.stream().anyMatch(groups::contains);
  }

  /** Whether the task names a form: by the engine's form key, or by a key the engine does not resolve. */
  public boolean hasForm() {
    return formKey != null || formId != null;
  }

  void claim(String username, Instant at) {
    requireNotRequester(username);
    requireOpen();
    if (claimedBy != null && !claimedBy.equals(username)) {
      throw new TaskConflict(id, "is claimed by " + claimedBy);
    }
    claimedBy = username;
    claimedAt = at;
  }

  void unclaim(String username, boolean mayReleaseOthers) {
    requireOpen();
    if (claimedBy != null && !claimedBy.equals(username) && !mayReleaseOthers) {
      throw new TaskConflict(id, "is claimed by " + claimedBy);
    }
    claimedBy = null;
    claimedAt = null;
  }

  void requireCompletableBy(String username) {
    requireNotRequester(username);
    requireOpen();
    if (claimedBy != null && !claimedBy.equals(username)) {
      throw new TaskConflict(id, "is claimed by " + claimedBy);
    }
  }

  void cancel(Instant at) {
    if (state == TaskState.CREATED) {
      state = TaskState.CANCELED;
      canceledAt = at;
    }
  }

  /** The engine no longer has the job: the task was taken away while someone completed it. */
  void jobGone(Instant at) {
    state = TaskState.CANCELED;
    completedAt = null;
    completedBy = null;
    canceledAt = at;
  }

  private void requireNotRequester(String username) {
    if (decidesRequestOf(username)) {
      throw new OwnRequestTask(id, subjectType, subjectId, username);
    }
  }

  private void requireOpen() {
    if (state != TaskState.CREATED) {
      throw new TaskConflict(id, "is " + state.name().toLowerCase());
    }
  }

  public Long getId() {
    return id;
  }

  public long getJobKey() {
    return jobKey;
  }

  public String getElementId() {
    return elementId;
  }

  public String getElementName() {
    return elementName;
  }

  public String getBpmnProcessId() {
    return bpmnProcessId;
  }

  public long getProcessDefinitionKey() {
    return processDefinitionKey;
  }

  public long getProcessInstanceKey() {
    return processInstanceKey;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public Set<String> getCandidateGroups() {
    return Set.copyOf(candidateGroups);
  }

  public String getAssignee() {
    return assignee;
  }

  public Instant getDueDate() {
    return dueDate;
  }

  public Long getFormKey() {
    return formKey;
  }

  public String getFormId() {
    return formId;
  }

  public TaskState getState() {
    return state;
  }

  public String getClaimedBy() {
    return claimedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getClaimedAt() {
    return claimedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public String getCompletedBy() {
    return completedBy;
  }

  public Instant getCanceledAt() {
    return canceledAt;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public long getVersion() {
    return version;
  }
}
