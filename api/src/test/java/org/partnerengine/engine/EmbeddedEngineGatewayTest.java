package org.partnerengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.process.test.engine.LongRunningEngine;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/**
 * The embedded engine's gateway has no login: whoever reaches it can deploy, start, publish and
 * complete anything. So by default it has no socket at all, and when a tool needs it, it listens
 * on the loopback interface only.
 */
class EmbeddedEngineGatewayTest {

  @Nested
  @PartnerEngineTest
  class ByDefault {

    @Autowired LongRunningEngine engine;

    @Test
    void theEngineListensOnNoSocket() {
      assertThat(engine.toolsGatewayAddresses()).isEmpty();
    }
  }

  @Nested
  @PartnerEngineTest
  @TestPropertySource(properties = "partner-engine.engine.tools-gateway.enabled=true")
  class WithTheToolsGatewayAskedFor {

    @Autowired CamundaClient appClient;
    @Autowired LongRunningEngine engine;

    @Value("${partner-engine.engine.tools-gateway.port}")
    int gatewayPort;

    @Test
    void itListensOnTheLoopbackInterfaceOnly() {
      assertThat(engine.toolsGatewayAddresses())
          .isNotEmpty()
          .allSatisfy(address -> assertThat(address.getAddress().isLoopbackAddress()).isTrue());
      Optional<InetAddress> external = nonLoopbackAddress();
      external.ifPresent(
          address ->
              assertThatThrownBy(() -> connect(address, gatewayPort))
                  .as("the gateway answered on %s", address)
                  .isInstanceOf(IOException.class));
    }

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
                .addProcessModel(
                    Bpmn.createExecutableProcess("deployed-from-a-tool").startEvent().endEvent().done(), "deployed-from-a-tool.bpmn")
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

  private static void connect(InetAddress address, int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 2_000);
    }
  }

  /** An address of this machine that is not loopback, if it has one. */
  private static Optional<InetAddress> nonLoopbackAddress() {
    try {
      return NetworkInterface.networkInterfaces()
          .filter(EmbeddedEngineGatewayTest::isUp)
          .flatMap(NetworkInterface::inetAddresses)
          .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
          .findFirst();
    } catch (SocketException e) {
      return Optional.empty();
    }
  }

  private static boolean isUp(NetworkInterface networkInterface) {
    try {
      return networkInterface.isUp();
    } catch (SocketException e) {
      return false;
    }
  }
}
