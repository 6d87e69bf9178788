package org.partnerengine.lifecycle;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    Map<String, Object> variables = new HashMap<>();
    settings.forEach(feature -> variables.putAll(feature.asProcessVariables()));
    variables.put("partnerId", partnerId);
    try {
      return camunda
          .newCreateInstanceCommand()
          .bpmnProcessId(BPMN_PROCESS_ID)
          .latestVersion()
          .variables(variables)
          .requestTimeout(START_TIMEOUT)
          .send()
          .join()
          .getProcessInstanceKey();
    } catch (ClientException e) {
      throw new EngineUnavailable("The engine did not start the lifecycle: " + e.getMessage(), e);
    }
  }
}
