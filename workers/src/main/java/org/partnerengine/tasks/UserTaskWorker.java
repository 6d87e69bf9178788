package org.partnerengine.tasks;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Takes every job-based user task into the inbox. The job stays activated (no auto-complete,
 * a long timeout) until someone completes the task through the API, which completes the job.
 */
@Component
public class UserTaskWorker {

  public static final String JOB_TYPE = "io.camunda.zeebe:userTask";

  /** Long enough for any approval SLA; a task's own deadline is its due date, not this. */
  private static final long TIMEOUT_MILLIS = 30L * 24 * 60 * 60 * 1000;

  private final TaskInbox inbox;
  private final ApplicationEventPublisher events;

  public UserTaskWorker(TaskInbox inbox, ApplicationEventPublisher events) {
    this.inbox = inbox;
    this.events = events;
  }

  /**
   * The inbox keeps only the partner id of the instance's variables, and the deployment request a
   * task decides (its requester may not decide it), the question, co-sell request or revenue split it
   * is about, and the MDF request whose instance it shows
   * running (see {@link UserTaskOpened}): the engine need not send the rest.
   */
  @JobWorker(
      type = JOB_TYPE,
      autoComplete = false,
      timeout = TIMEOUT_MILLIS,
      fetchVariables = {"partnerId", "deploymentRequestId", "mdfRequestId", "questionId", "coSellRequestId", "splitId", "modelId"})
  public void taskCreated(ActivatedJob job) {
    try {
      inbox.offer(job);
    } catch (DataIntegrityViolationException concurrentTwin) {
      // The same job delivered twice at once: the unique job key kept one task.
    }
    events.publishEvent(new UserTaskOpened(job.getBpmnProcessId(), job.getProcessInstanceKey(), job.getVariablesAsMap()));
  }
}
