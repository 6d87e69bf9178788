package org.partnerengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The embedded engine serves two kinds of client: the app's own, in-process, and tools such as
 * Camunda Modeler over the gateway port. Both reach the same engine.
 */
@PartnerEngineTest
class EmbeddedEngineGatewayTest {

  @Autowired CamundaClient appClient;

  @Value("${partner-engine.engine.embedded-port}")
  int gatewayPort;

  @Test
  void aProcessDeployedOverTheGatewayPortIsStartedByTheAppsOwnClient() {
    try (CamundaClient modeler =
        CamundaClient.newClientBuilder()
            .grpcAddress(URI.create("http://127.0.0.1:" + gatewayPort))
            .preferRestOverGrpc(false)
            .build()) {
      long deployed =
          modeler
              .newDeployResourceCommand()
              .addProcessModel(Bpmn.createExecutableProcess("deployed-from-a-tool").startEvent().endEvent().done(), "deployed-from-a-tool.bpmn")
              .send()
              .join()
              .getProcesses()
              .getFirst()
              .getProcessDefinitionKey();

      long started =
          appClient.newCreateInstanceCommand().bpmnProcessId("deployed-from-a-tool").latestVersion().send().join().getProcessDefinitionKey();

      assertThat(started).isEqualTo(deployed);
    }
  }
}
