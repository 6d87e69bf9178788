package org.partnerengine.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.partnerengine.deployment.DeployedForm;
import org.partnerengine.security.Caller;
import org.partnerengine.security.Role;
import org.partnerengine.web.NotFound;
import org.partnerengine.paging.PageView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The task inbox. Approvers see the tasks offered to their groups (or assigned to them);
 * managers see every task. Claiming and completing need the task to be offered to the caller.
 */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

  private final TaskInbox inbox;
  private final ObjectMapper json;

  TaskController(TaskInbox inbox, ObjectMapper json) {
    this.inbox = inbox;
    this.json = json;
  }

  /** The variables that complete a task, as its form names them. */
  record TaskCompletion(@NotNull @Size(max = 100) Map<String, Object> variables) {}

  @GetMapping
  PageView<TaskView> tasks(
      @RequestParam(required = false) @Size(max = 100) String candidateGroup,
      @RequestParam(required = false) @Size(max = 254) String assignee,
      @RequestParam(required = false) @Positive Long partnerId,
      @RequestParam(required = false) TaskState state,
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageView.MAX_PAGE) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size,
      Authentication authentication) {
    Caller caller = Caller.of(authentication);
    Set<String> visibleGroups = caller.is(Role.PARTNER_MANAGER) ? null : caller.groups();
    var query = new TaskInbox.TaskQuery(state, partnerId, assignee, candidateGroup, caller.username(), visibleGroups);
    return PageView.of(inbox.search(query, PageRequest.of(page, size, Sort.by("id"))), TaskView::of);
  }

  @GetMapping("/{id}")
  TaskView task(@PathVariable long id, Authentication authentication) {
    return TaskView.of(visible(id, Caller.of(authentication)));
  }

  /** The task's form-js schema, as deployed with its process. */
  @GetMapping("/{id}/form")
  JsonNode form(@PathVariable long id, Authentication authentication) throws Exception {
    UserTask task = visible(id, Caller.of(authentication));
    DeployedForm form =
        inbox.formOf(task).orElseThrow(() -> new NotFound("Form not found", "Task " + id + " has no form this app knows"));
    return json.readTree(form.json());
  }

  @PostMapping("/{id}/claim")
  TaskView claim(@PathVariable long id, Authentication authentication) {
    Caller caller = Caller.of(authentication);
    visible(id, caller);
    return TaskView.of(inbox.claim(id, caller.username(), caller.groups()));
  }

  @PostMapping("/{id}/unclaim")
  TaskView unclaim(@PathVariable long id, Authentication authentication) {
    Caller caller = Caller.of(authentication);
    visible(id, caller);
    return TaskView.of(inbox.unclaim(id, caller.username(), caller.groups(), caller.is(Role.PARTNER_MANAGER)));
  }

  @PostMapping("/{id}/complete")
  TaskView complete(@PathVariable long id, @Valid @RequestBody TaskCompletion completion, Authentication authentication) {
    Caller caller = Caller.of(authentication);
    UserTask task = visible(id, caller);
    return TaskView.of(inbox.complete(task, caller.username(), caller.groups(), new HashMap<>(completion.variables())));
  }

  /** A task outside the caller's groups is forbidden for an approver, visible to a manager. */
  private UserTask visible(long id, Caller caller) {
    UserTask task = inbox.require(id);
    if (!caller.is(Role.PARTNER_MANAGER) && !task.isOfferedTo(caller.username(), caller.groups())) {
      throw new TaskNotOffered(id, caller.username());
    }
    return task;
  }
}
