package org.partnerengine.tasks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.api.response.ActivatedJob;
import io.grpc.Status;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerengine.deployment.DeployedForm;
import org.partnerengine.deployment.DeployedProcess;
import org.partnerengine.deployment.Deployments;
import org.partnerengine.engine.EngineRefused;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.engine.JobCompleter;
import org.partnerengine.paging.CappedPage;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The task inbox: user tasks taken from their jobs, claimed and completed by people. Completion
 * takes the task out of the inbox with a conditional update first, then completes the job: of
 * two concurrent completions only one reaches the engine.
 */
@Service
public class TaskInbox {

  static final String CANDIDATE_GROUPS = "io.camunda.zeebe:candidateGroups";
  static final String ASSIGNEE = "io.camunda.zeebe:assignee";
  static final String DUE_DATE = "io.camunda.zeebe:dueDate";
  static final String FORM_KEY = "io.camunda.zeebe:formKey";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final UserTasks tasks;
  private final Deployments deployments;
  private final JobCompleter engine;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final List<TaskSubjects> subjects;

  public TaskInbox(
      UserTasks tasks,
      Deployments deployments,
      JobCompleter engine,
      TransactionTemplate transaction,
      Clock clock,
      List<TaskSubjects> subjects) {
    this.tasks = tasks;
    this.deployments = deployments;
    this.engine = engine;
    this.transaction = transaction;
    this.clock = clock;
    this.subjects = List.copyOf(subjects);
  }

  /** Files the job's task once; a redelivered job finds its task and changes nothing. */
  @Transactional
  public UserTask offer(ActivatedJob job) {
    Optional<UserTask> existing = tasks.findByJobKey(job.getKey());
    if (existing.isPresent()) {
      return existing.get();
    }
    Map<String, String> headers = job.getCustomHeaders();
    Long formKey = parseLong(headers.get(FORM_KEY));
    // A form key that is no number names a form kept outside the engine: kept as the form's id, it
    // marks a task with a form this app cannot check.
    String formId =
        formKey == null
            ? truncate(blankToNull(headers.get(FORM_KEY)), 255)
            : deployments.form(formKey).map(DeployedForm::formId).orElse(null);
    String elementName =
        deployments.process(job.getProcessDefinitionKey())
            .map(DeployedProcess::elementNames)
            .map(names -> names.get(job.getElementId()))
            .orElse(null);
    UserTask task =
        new UserTask(
            job.getKey(),
            job.getElementId(),
            elementName,
            job.getBpmnProcessId(),
            job.getProcessDefinitionKey(),
            job.getProcessInstanceKey(),
            partnerId(job.getVariablesAsMap().get("partnerId")),
            candidateGroups(headers.get(CANDIDATE_GROUPS)),
            blankToNull(headers.get(ASSIGNEE)),
            dueDate(headers.get(DUE_DATE)),
            formKey,
            formId,
            clock.instant());
    task.atElementInstance(job.getElementInstanceKey());
    subjects.stream().map(s -> s.subjectOf(job)).flatMap(Optional::stream).findFirst().ifPresent(task::decides);
    return tasks.saveAndFlush(task);
  }

  /** Who completed the last completed task at this element of the instance: whose decision a step records. */
  @Transactional(readOnly = true)
  public Optional<String> completedBy(long processInstanceKey, String elementId) {
    return tasks.findFirstByProcessInstanceKeyAndElementIdAndStateOrderByIdDesc(processInstanceKey, elementId, TaskState.COMPLETED)
        .map(UserTask::getCompletedBy);
  }

  @Transactional(readOnly = true)
  public UserTask require(long id) {
    return tasks.findById(id).orElseThrow(() -> new TaskNotFound(id));
  }

  @Transactional(readOnly = true)
  public CappedPage<UserTask> search(TaskQuery query, Pageable pageable) {
    return tasks.search(
        query.state(),
        query.partnerId(),
        query.assignee(),
        query.candidateGroup(),
        query.visibleGroups() != null,
        query.user(),
        query.visibleGroups() == null || query.visibleGroups().isEmpty() ? Set.of("") : query.visibleGroups(),
        pageable);
  }

  @Transactional(readOnly = true)
  public List<UserTask> openTasksOf(long partnerId) {
    return tasks.findByPartnerIdAndStateOrderByIdAsc(partnerId, TaskState.CREATED);
  }

  /** The task's form, when it links one this instance knows. */
  @Transactional(readOnly = true)
  public Optional<DeployedForm> formOf(UserTask task) {
    return task.getFormKey() == null ? Optional.empty() : deployments.form(task.getFormKey());
  }

  /**
   * The engine cancelled these user-task jobs (a timer, a message or the end of the instance took
   * the tasks away): their tasks leave the inbox now, not when someone next tries to complete one.
   *
   * @return the jobs with no task in the inbox yet: a job cancelled while its worker was filing
   *     the task is filed after this, so the caller asks again about these for a while
   */
  @Transactional
  public Set<Long> jobsCanceled(Collection<Long> jobKeys) {
    if (jobKeys.isEmpty()) {
      return Set.of();
    }
    tasks.cancelByJobKeys(jobKeys, clock.instant());
    Set<Long> filed = tasks.findJobKeysIn(jobKeys);
    return jobKeys.stream().filter(key -> !filed.contains(key)).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Takes the tasks of user task elements that ended in the engine without this app out of the
   * inbox: terminated ones (a boundary event, the end of the instance) are cancelled, completed
   * ones were completed elsewhere (Camunda Tasklist), with nobody recorded as their completer.
   * Tasks already closed stay as they are, so a repeated report changes nothing.
   */
  @Transactional
  public void elementsEnded(Collection<Long> terminated, Collection<Long> completedElsewhere) {
    Instant now = clock.instant();
    if (!terminated.isEmpty()) {
      tasks.cancelByElementInstanceKeys(terminated, now);
    }
    if (!completedElsewhere.isEmpty()) {
      tasks.completeElsewhereByElementInstanceKeys(completedElsewhere, now);
    }
  }

  /** When the oldest task still open was filed: what a follower of ended elements must look back to. */
  @Transactional(readOnly = true)
  public Optional<Instant> oldestOpenTask() {
    return Optional.ofNullable(tasks.oldestOpenCreatedAt());
  }

  @Transactional
  public UserTask claim(long id, String user, Set<String> groups) {
    UserTask task = require(id);
    requireOffered(task, user, groups);
    task.claim(user, clock.instant());
    return tasks.saveAndFlush(task);
  }

  @Transactional
  public UserTask unclaim(long id, String user, Set<String> groups, boolean mayReleaseOthers) {
    UserTask task = require(id);
    if (!mayReleaseOthers) {
      requireOffered(task, user, groups);
    }
    task.unclaim(user, mayReleaseOthers);
    return tasks.saveAndFlush(task);
  }

  /**
   * Completes the task and its job with the variables.
   *
   * @throws TaskNotOffered the caller is not in the task's groups
   * @throws OwnRequestTask the task decides the caller's own request
   * @throws TaskConflict the task is done, cancelled, claimed by another, or completed concurrently
   * @throws InvalidTaskInput the variables do not fill the form, or the task has no form and
   *     variables were given
   * @throws FormUnknown the task's form is not one this app stored
   */
  public UserTask complete(long id, String user, Set<String> groups, Map<String, Object> variables) {
    return complete(require(id), user, groups, variables);
  }

  /**
   * Completes a task the caller has just loaded, without loading it again; a change since is
   * caught by the version the completion is conditional on.
   *
   * @see #complete(long, String, Set, Map)
   */
  public UserTask complete(UserTask task, String user, Set<String> groups, Map<String, Object> variables) {
    long id = task.getId();
    requireOffered(task, user, groups);
    task.requireCompletableBy(user);
    requireFilledForm(task, variables);
    Instant at = clock.instant();
    Integer changed = transaction.execute(status -> tasks.markCompleted(id, task.getVersion(), user, at));
    if (changed == null || changed == 0) {
      throw new TaskConflict(id, "was changed by someone else at the same time");
    }
    try {
      engine.complete(task.getJobKey(), variables);
    } catch (EngineRefused e) {
      if (e.code() == Status.Code.NOT_FOUND) {
        transaction.executeWithoutResult(status -> require(id).jobGone(clock.instant()));
        throw new TaskConflict(id, "is no longer open: its process moved on without it");
      }
      transaction.executeWithoutResult(status -> tasks.reopen(id));
      throw new InvalidTaskInput(List.of(new FormViolation("variables", e.getMessage())));
    } catch (EngineUnavailable e) {
      transaction.executeWithoutResult(status -> tasks.reopen(id));
      throw e;
    }
    return require(id);
  }

  /**
   * Closed by default: a task takes the fields of its form and nothing else; a task without a form
   * takes no variables; a task whose form this app does not know takes nothing at all.
   */
  private void requireFilledForm(UserTask task, Map<String, Object> variables) {
    if (!task.hasForm()) {
      if (!variables.isEmpty()) {
        throw new InvalidTaskInput(
            variables.keySet().stream()
                .sorted()
                .map(name -> new FormViolation(name, "is not taken: this task has no form, so it is completed without variables"))
                .toList());
      }
      return;
    }
    DeployedForm form =
        formOf(task)
            .orElseThrow(
                () -> new FormUnknown(task.getId(), task.getFormKey() != null ? task.getFormKey().toString() : task.getFormId()));
    List<FormViolation> violations = TaskForm.parse(form.json()).validate(variables);
    if (!violations.isEmpty()) {
      throw new InvalidTaskInput(violations);
    }
  }

  private static void requireOffered(UserTask task, String user, Set<String> groups) {
    if (!task.isOfferedTo(user, groups)) {
      throw new TaskNotOffered(task.getId(), user);
    }
  }

  private static Set<String> candidateGroups(String header) {
    if (header == null || header.isBlank()) {
      return Set.of();
    }
    try {
      return Set.copyOf(JSON.readValue(header, new TypeReference<List<String>>() {}));
    } catch (Exception e) {
      // Older engines sent a comma-separated list.
      return Set.of(header.split("\\s*,\\s*"));
    }
  }

  private static Instant dueDate(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(header).toInstant();
    } catch (DateTimeParseException e) {
      return java.time.ZonedDateTime.parse(header).toInstant();
    }
  }

  private static Long parseLong(String value) {
    try {
      return value == null || value.isBlank() ? null : Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Long partnerId(Object value) {
    return value instanceof Number number ? number.longValue() : null;
  }

  private static String truncate(String value, int length) {
    return value == null || value.length() <= length ? value : value.substring(0, length);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** Filters for the inbox; {@code visibleGroups} null means the caller sees every task. */
  public record TaskQuery(
      TaskState state,
      Long partnerId,
      String assignee,
      String candidateGroup,
      String user,
      Collection<String> visibleGroups) {}
}
