package org.partnerengine.deals;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import java.time.Duration;
import java.util.Map;
import org.partnerengine.lifecycle.EngineUnavailable;
import org.springframework.stereotype.Component;

/** Starts one deal-registration instance per deal, with the protection durations from configuration. */
@Component
public class DealProcess {

  public static final String BPMN_PROCESS_ID = "deal-registration";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

  private final CamundaClient camunda;
  private final DealSettings settings;

  public DealProcess(CamundaClient camunda, DealSettings settings) {
    this.camunda = camunda;
    this.settings = settings;
  }

  public long start(long dealId, long partnerId) {
    try {
      return camunda
          .newCreateInstanceCommand()
          .bpmnProcessId(BPMN_PROCESS_ID)
          .latestVersion()
          .variables(
              Map.of(
                  "dealId", dealId,
                  "partnerId", partnerId,
                  "dealProtectionWindow", settings.protectionWindow().toString(),
                  "dealProtectionExtension", settings.protectionExtension().toString()))
          .requestTimeout(START_TIMEOUT)
          .send()
          .join()
          .getProcessInstanceKey();
    } catch (ClientException e) {
      throw new EngineUnavailable("The engine did not start the deal registration: " + e.getMessage(), e);
    }
  }
}
