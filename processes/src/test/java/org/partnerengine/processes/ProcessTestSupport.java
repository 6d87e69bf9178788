package org.partnerengine.processes;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.command.DeployResourceCommandStep1;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.DeploymentEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The one place that knows the test engine (Zeebe Process Test): deploy the project's models,
 * play the part of workers and users, move the clock. Process tests drive a BPMN through this,
 * so a switch to another test engine changes this class, not the tests.
 */
public final class ProcessTestSupport {

  private static final Duration IDLE = Duration.ofSeconds(10);
  private static final Path MODELS = Paths.get("src", "main", "resources", "processes");

  private final ZeebeTestEngine engine;
  private final ZeebeClient client;

  public ProcessTestSupport(ZeebeTestEngine engine, ZeebeClient client) {
    this.engine = engine;
    this.client = client;
  }

  /** Deploys every BPMN, DMN and form under processes/, as the app does at start. */
  public DeploymentEvent deployAll() {
    try (Stream<Path> files = Files.walk(MODELS)) {
      List<Path> models =
          files
              .filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn") || f.toString().endsWith(".form"))
              .sorted()
              .toList();
      DeployResourceCommandStep1.DeployResourceCommandStep2 command = null;
      for (Path model : models) {
        command =
            command == null
                ? client.newDeployResourceCommand().addResourceFile(model.toString())
                : command.addResourceFile(model.toString());
      }
      return command.send().join();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long start(String bpmnProcessId, Map<String, Object> variables) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(bpmnProcessId)
        .latestVersion()
        .variables(variables)
        .send()
        .join()
        .getProcessInstanceKey();
  }

  /** Activates the one waiting job of this type (a worker or a user task), or fails. */
  public ActivatedJob job(String jobType) {
    waitForIdle();
    List<ActivatedJob> jobs =
        client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(1).timeout(Duration.ofMinutes(5)).send().join().getJobs();
    if (jobs.isEmpty()) {
      throw new AssertionError("No job of type " + jobType + " is waiting");
    }
    return jobs.get(0);
  }

  /** Plays the worker for one job of this type: completes it with these variables. */
  public ActivatedJob complete(String jobType, Map<String, Object> variables) {
    ActivatedJob job = job(jobType);
    client.newCompleteCommand(job.getKey()).variables(variables).send().join();
    waitForIdle();
    return job;
  }

  /** Completes the user task waiting at this element (job-based user tasks). */
  public ActivatedJob completeUserTask(String elementId, Map<String, Object> variables) {
    waitForIdle();
    List<ActivatedJob> tasks =
        client.newActivateJobsCommand().jobType("io.camunda.zeebe:userTask").maxJobsToActivate(50).send().join().getJobs();
    ActivatedJob task =
        tasks.stream()
            .filter(t -> t.getElementId().equals(elementId))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No user task is waiting at " + elementId));
    // Hand the other activated tasks back at once, so parallel tasks stay available to the test.
    tasks.stream()
        .filter(t -> t.getKey() != task.getKey())
        .forEach(t -> client.newFailCommand(t.getKey()).retries(t.getRetries()).send().join());
    client.newCompleteCommand(task.getKey()).variables(variables).send().join();
    waitForIdle();
    return task;
  }

  /** Plays the worker reporting a business outcome the model catches. */
  public void throwError(String jobType, String errorCode, String message) {
    ActivatedJob job = job(jobType);
    client.newThrowErrorCommand(job.getKey()).errorCode(errorCode).errorMessage(message).send().join();
    waitForIdle();
  }

  /** Plays a worker that fails for good: the job's retries run out and an incident opens. */
  public void failWithoutRetries(String jobType, String message) {
    ActivatedJob job = job(jobType);
    client.newFailCommand(job.getKey()).retries(0).errorMessage(message).send().join();
    waitForIdle();
  }

  public void publish(String messageName, String correlationKey, String messageId, Map<String, Object> variables) {
    client
        .newPublishMessageCommand()
        .messageName(messageName)
        .correlationKey(correlationKey)
        .messageId(messageId)
        .timeToLive(Duration.ofMinutes(10))
        .variables(variables)
        .send()
        .join();
    waitForIdle();
  }

  /** Moves the engine clock, firing every timer that falls due. */
  public void moveClock(Duration by) {
    engine.increaseTime(by);
    waitForIdle();
  }

  public void waitForIdle() {
    try {
      engine.waitForIdleState(IDLE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("The engine did not settle within " + IDLE, e);
    }
  }

  /** How often the sequence flow was taken, over every instance the engine ran in this test. */
  public long flowsTaken(String flowId) {
    return StreamSupport.stream(BpmnAssert.getRecordStream().processInstanceRecords().spliterator(), false)
        .filter(r -> r.getIntent() == ProcessInstanceIntent.SEQUENCE_FLOW_TAKEN)
        .filter(r -> flowId.equals(((ProcessInstanceRecordValue) r.getValue()).getElementId()))
        .count();
  }

  public ZeebeClient client() {
    return client;
  }
}
