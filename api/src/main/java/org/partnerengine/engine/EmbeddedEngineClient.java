package org.partnerengine.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.CamundaClientConfiguration;
import io.camunda.client.impl.CamundaClientImpl;
import io.camunda.client.impl.util.ExecutorResource;
import io.camunda.zeebe.process.test.engine.LongRunningEngine;
import io.grpc.ManagedChannel;

/**
 * The app's Camunda client on the embedded default: the configuration the Spring SDK built from
 * {@code camunda.client.*} (interceptors, JSON mapper, job-worker executor, timeouts), on a channel
 * that reaches the engine within this process instead of over loopback gRPC. Loopback cost the
 * engine's actor thread a socket write for every answer and both sides HTTP/2 framing and protobuf
 * encoding. The engine's port stays open for Camunda Modeler and other tools.
 */
final class EmbeddedEngineClient {

  private EmbeddedEngineClient() {}

  /** Built as the Spring SDK builds its client, but for the channel. */
  static CamundaClient connect(CamundaClientConfiguration configuration, LongRunningEngine engine) {
    ManagedChannel channel = engine.newInProcessChannel();
    if (configuration.jobWorkerExecutor() == null) {
      return new CamundaClientImpl(configuration, channel);
    }
    return new CamundaClientImpl(
        configuration,
        channel,
        CamundaClientImpl.buildGatewayStub(channel, configuration),
        new ExecutorResource(configuration.jobWorkerExecutor(), configuration.ownsJobWorkerExecutor()));
  }
}
