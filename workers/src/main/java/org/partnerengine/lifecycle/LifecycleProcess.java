package org.partnerengine.lifecycle;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.FinalCommandStep;
import io.camunda.client.api.response.ProcessInstanceEvent;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/** Starts the partner lifecycle process: the one entry from the business into the engine. */
@Component
public class LifecycleProcess {

  public static final String BPMN_PROCESS_ID = "partner-lifecycle";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

  private final CamundaClient camunda;
  private final List<LifecycleVariables> settings;

  public LifecycleProcess(CamundaClient camunda, List<LifecycleVariables> settings) {
    this.camunda = camunda;
    this.settings = settings;
  }

  /** Starts the latest deployed lifecycle for a partner and answers the instance key. */
  public long start(long partnerId) {
    try {
      return command(partnerId).send().join().getProcessInstanceKey();
    } catch (ClientException e) {
      throw notStarted(e);
    }
  }

  /**
   * Sends the start without waiting for it: the answer completes with the instance key, or with
   * {@link EngineUnavailable} when the engine refuses the start or does not answer within its
   * timeout.
   */
  public CompletableFuture<Long> startAsync(long partnerId) {
    CompletableFuture<Long> started = new CompletableFuture<>();
    try {
      command(partnerId)
          .send()
          .whenComplete(
              (instance, failure) -> {
                if (failure == null) {
                  started.complete(instance.getProcessInstanceKey());
                } else {
                  started.completeExceptionally(notStarted(failure));
                }
              });
    } catch (ClientException e) {
      started.completeExceptionally(notStarted(e));
    }
    return started;
  }

  private FinalCommandStep<ProcessInstanceEvent> command(long partnerId) {
    Map<String, Object> variables = new HashMap<>();
    settings.forEach(feature -> variables.putAll(feature.asProcessVariables()));
    variables.put("partnerId", partnerId);
    return camunda
        .newCreateInstanceCommand()
        .bpmnProcessId(BPMN_PROCESS_ID)
        .latestVersion()
        .variables(variables)
        .requestTimeout(START_TIMEOUT);
  }

  private static EngineUnavailable notStarted(Throwable failure) {
    return new EngineUnavailable("The engine did not start the lifecycle: " + failure.getMessage(), failure);
  }
}
