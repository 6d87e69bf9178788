package org.partnerengine.deployment;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobHandler;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in front of every {@code @JobWorker}: the app's job types (user tasks included) are
 * business job types and run only for trusted process definitions. A job from a designer's
 * sandbox process (or an unapproved version of a business process) fails with no retries, so
 * it becomes an incident saying why, and the worker never sees it: no side effect.
 */
public class SandboxGuard {

  private static final Logger log = LoggerFactory.getLogger(SandboxGuard.class);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final TrustedProcesses trusted;

  public SandboxGuard(TrustedProcesses trusted) {
    this.trusted = trusted;
  }

  /** Why the job must not run, or empty when its process is trusted. */
  public Optional<String> refusal(ActivatedJob job) {
    if (trusted.isTrusted(job.getProcessDefinitionKey())) {
      return Optional.empty();
    }
    return Optional.of(
        "Refused job type " + job.getType() + ": process " + job.getBpmnProcessId() + " (definition key "
            + job.getProcessDefinitionKey() + ", version " + job.getProcessDefinitionVersion()
            + ") is a sandbox process, not a bundled or approved one; business job types run only for trusted processes");
  }

  /** The handler, guarded: a refused job fails with no retries instead of reaching it. */
  public JobHandler guard(JobHandler handler) {
    return (client, job) -> {
      Optional<String> refusal = refusal(job);
      if (refusal.isEmpty()) {
        handler.handle(client, job);
        return;
      }
      refuse(client, job, refusal.get());
    };
  }

  private static void refuse(JobClient client, ActivatedJob job, String reason) {
    log.warn("Job {}: {}", job.getKey(), reason);
    client.newFailCommand(job.getKey()).retries(0).errorMessage(reason).requestTimeout(REQUEST_TIMEOUT).send().join();
  }
}
