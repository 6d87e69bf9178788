package org.partnerengine.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobHandler;
import org.junit.jupiter.api.Test;

class SandboxGuardTest {

  private final TrustedProcesses trusted = mock(TrustedProcesses.class);
  private final SandboxGuard guard = new SandboxGuard(trusted);
  private final JobHandler worker = mock(JobHandler.class);
  private final JobClient client = mock(JobClient.class, RETURNS_DEEP_STUBS);

  @Test
  void passesAJobOfATrustedProcessToTheWorker() throws Exception {
    ActivatedJob job = job(11, "partner-tier-review");
    when(trusted.isTrusted(11)).thenReturn(true);

    guard.guard(worker).handle(client, job);

    verify(worker).handle(client, job);
    verify(client, never()).newFailCommand(job.getKey());
  }

  @Test
  void failsAJobOfASandboxProcessWithNoRetriesAndNeverCallsTheWorker() throws Exception {
    ActivatedJob job = job(99, "evil");

    guard.guard(worker).handle(client, job);

    verify(worker, never()).handle(client, job);
    verify(client.newFailCommand(7L)).retries(0);
    assertThat(guard.refusal(job)).hasValueSatisfying(reason -> assertThat(reason)
        .contains("tiering.apply-tier").contains("evil").contains("99").contains("sandbox process"));
  }

  private static ActivatedJob job(long processDefinitionKey, String bpmnProcessId) {
    ActivatedJob job = mock(ActivatedJob.class);
    when(job.getKey()).thenReturn(7L);
    when(job.getType()).thenReturn("tiering.apply-tier");
    when(job.getProcessDefinitionKey()).thenReturn(processDefinitionKey);
    when(job.getBpmnProcessId()).thenReturn(bpmnProcessId);
    when(job.getProcessDefinitionVersion()).thenReturn(1);
    return job;
  }
}
