package org.partnerengine.mdf;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import java.time.Duration;
import java.util.Map;
import org.partnerengine.lifecycle.EngineUnavailable;
import org.springframework.stereotype.Component;

/** Starts one mdf-request instance per request. */
@Component
public class MdfProcess {

  public static final String BPMN_PROCESS_ID = "mdf-request";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

  private final CamundaClient camunda;
  private final MdfSettings settings;

  public MdfProcess(CamundaClient camunda, MdfSettings settings) {
    this.camunda = camunda;
    this.settings = settings;
  }

  public long start(MdfRequest request) {
    try {
      return camunda
          .newCreateInstanceCommand()
          .bpmnProcessId(BPMN_PROCESS_ID)
          .latestVersion()
          .variables(
              Map.of(
                  "mdfRequestId", request.getId(),
                  "partnerId", request.getPartnerId(),
                  "tier", request.getTier(),
                  "amount", request.getAmount(),
                  "mdfClaimDeadline", settings.claimDeadline().toString()))
          .requestTimeout(START_TIMEOUT)
          .send()
          .join()
          .getProcessInstanceKey();
    } catch (ClientException e) {
      throw new EngineUnavailable("The engine did not start the MDF request: " + e.getMessage(), e);
    }
  }
}
