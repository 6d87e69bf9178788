package org.partnerengine.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import org.partnerengine.engine.JobCompleter;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.deployment.DeployedForm;
import org.partnerengine.deployment.DeployedProcess;
import org.partnerengine.deployment.Deployments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@DatabaseTest
@Import({UserTaskWorker.class, TaskInbox.class, UserTaskWorkerTest.FixedClock.class})
class UserTaskWorkerTest {

  @TestConfiguration(proxyBeanMethods = false)
  static class FixedClock {
    @Bean
    Clock clock() {
      return Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    }
  }

  @Autowired UserTaskWorker worker;
  @Autowired UserTasks tasks;
  @Autowired TaskInbox inbox;
  @MockitoBean Deployments deployments;
  @MockitoBean JobCompleter engine;

  @Test
  void filesTheTaskWithItsAssignmentDueDateFormAndName() {
    when(deployments.process(100L))
        .thenReturn(Optional.of(new DeployedProcess(100L, "partner-recruitment", 1, "partner-recruitment.bpmn", "", Map.of("Task_ApproveApplication", "Approve application"))));
    when(deployments.form(200L)).thenReturn(Optional.of(new DeployedForm(200L, "approve-application", 1, "{}")));

    worker.taskCreated(job(1L));

    UserTask task = tasks.findByJobKey(1L).orElseThrow();
    assertThat(task.getElementName()).isEqualTo("Approve application");
    assertThat(task.getCandidateGroups()).containsExactlyInAnyOrder("channel-approvers", "executives");
    assertThat(task.getAssignee()).isEqualTo("approver");
    assertThat(task.getDueDate()).isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
    assertThat(task.getFormId()).isEqualTo("approve-application");
    assertThat(task.getPartnerId()).isEqualTo(5L);
    assertThat(task.getState()).isEqualTo(TaskState.CREATED);
  }

  @Test
  void aJobDeliveredTwiceIsOneTask() {
    worker.taskCreated(job(2L));
    worker.taskCreated(job(2L));

    assertThat(tasks.findAll()).filteredOn(t -> t.getJobKey() == 2L).hasSize(1);
  }

  @Test
  void ofTwoCompletionsOfTheSameVersionOnlyOneTakesTheTask() {
    worker.taskCreated(job(3L));
    UserTask task = tasks.findByJobKey(3L).orElseThrow();
    Instant at = Instant.parse("2026-03-01T11:00:00Z");

    int first = tasks.markCompleted(task.getId(), task.getVersion(), "approver", at);
    int second = tasks.markCompleted(task.getId(), task.getVersion(), "finance", at);

    assertThat(first).isEqualTo(1);
    assertThat(second).isZero();
    assertThat(tasks.findById(task.getId()).orElseThrow().getCompletedBy()).isEqualTo("approver");
  }

  @Test
  void aJobCancelledWhileItsTaskWasBeingFiledLeavesTheInboxWhenAskedAboutAgain() {
    worker.taskCreated(job(4L));

    assertThat(inbox.jobsCanceled(List.of(4L, 5L))).as("job 5 has no task yet").containsExactly(5L);
    assertThat(tasks.findByJobKey(4L).orElseThrow().getState()).isEqualTo(TaskState.CANCELED);

    worker.taskCreated(job(5L)); // its worker files the task after the engine cancelled the job
    assertThat(tasks.findByJobKey(5L).orElseThrow().getState()).isEqualTo(TaskState.CREATED);

    assertThat(inbox.jobsCanceled(List.of(5L))).isEmpty();
    assertThat(tasks.findByJobKey(5L).orElseThrow().getState()).isEqualTo(TaskState.CANCELED);
  }

  @Test
  void aTaskWithoutAFormRefusesEveryVariableAndStaysOpen() {
    worker.taskCreated(job(6L, Map.of("io.camunda.zeebe:assignee", "approver")));
    UserTask task = tasks.findByJobKey(6L).orElseThrow();

    assertThatThrownBy(() -> inbox.complete(task.getId(), "approver", Set.of(), Map.of("partnerId", 1, "amount", 10)))
        .isInstanceOfSatisfying(
            InvalidTaskInput.class,
            e -> assertThat(e.violations()).extracting(FormViolation::field).containsExactly("amount", "partnerId"));
    assertThat(tasks.findById(task.getId()).orElseThrow().getState()).isEqualTo(TaskState.CREATED);
    verifyNoInteractions(engine);
  }

  @Test
  void aTaskWhoseFormThisAppDoesNotKnowTakesNothingAndStaysOpen() {
    when(deployments.form(200L)).thenReturn(Optional.empty());
    worker.taskCreated(job(7L));
    UserTask task = tasks.findByJobKey(7L).orElseThrow();

    assertThatThrownBy(() -> inbox.complete(task.getId(), "approver", Set.of(), Map.of("approved", true)))
        .isInstanceOf(FormUnknown.class)
        .hasMessageContaining("form 200");
    assertThatThrownBy(() -> inbox.complete(task.getId(), "approver", Set.of(), Map.of())).isInstanceOf(FormUnknown.class);
    UserTask after = tasks.findById(task.getId()).orElseThrow();
    assertThat(after.getState()).isEqualTo(TaskState.CREATED);
    assertThat(after.getVersion()).isEqualTo(task.getVersion());
    verifyNoInteractions(engine);
  }

  @Test
  void aFormKeptOutsideTheEngineIsAFormThisAppCannotCheck() {
    worker.taskCreated(job(8L, Map.of("io.camunda.zeebe:assignee", "approver", "io.camunda.zeebe:formKey", "camunda-forms:bpmn:Form_1")));
    UserTask task = tasks.findByJobKey(8L).orElseThrow();

    assertThat(task.getFormId()).isEqualTo("camunda-forms:bpmn:Form_1");
    assertThatThrownBy(() -> inbox.complete(task.getId(), "approver", Set.of(), Map.of())).isInstanceOf(FormUnknown.class);
    verifyNoInteractions(engine);
  }

  @Test
  void aTaskWithAKnownFormTakesOnlyItsFields() {
    when(deployments.form(200L))
        .thenReturn(Optional.of(new DeployedForm(200L, "approve-application", 1, "{\"components\":[{\"type\":\"checkbox\",\"key\":\"approved\"}]}")));
    worker.taskCreated(job(9L));
    UserTask task = tasks.findByJobKey(9L).orElseThrow();

    assertThatThrownBy(() -> inbox.complete(task.getId(), "approver", Set.of(), Map.of("approved", true, "partnerId", 999)))
        .isInstanceOfSatisfying(
            InvalidTaskInput.class,
            e -> assertThat(e.violations()).containsExactly(new FormViolation("partnerId", "is not a field of the form")));
    verifyNoInteractions(engine);
  }

  private static ActivatedJob job(long key) {
    return job(
        key,
        Map.of(
            "io.camunda.zeebe:candidateGroups", "[\"channel-approvers\",\"executives\"]",
            "io.camunda.zeebe:assignee", "approver",
            "io.camunda.zeebe:dueDate", "2026-03-03T11:00:00+01:00",
            "io.camunda.zeebe:formKey", "200"));
  }

  private static ActivatedJob job(long key, Map<String, String> headers) {
    ActivatedJob job = mock(ActivatedJob.class);
    when(job.getKey()).thenReturn(key);
    when(job.getElementId()).thenReturn("Task_ApproveApplication");
    when(job.getBpmnProcessId()).thenReturn("partner-recruitment");
    when(job.getProcessDefinitionKey()).thenReturn(100L);
    when(job.getProcessInstanceKey()).thenReturn(300L);
    when(job.getVariablesAsMap()).thenReturn(Map.of("partnerId", 5));
    when(job.getCustomHeaders()).thenReturn(headers);
    return job;
  }
}
