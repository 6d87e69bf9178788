package org.partnerengine.bench;

import io.camunda.client.CamundaClient;
import io.camunda.client.impl.CamundaClientBuilderImpl;
import io.camunda.zeebe.process.test.engine.LongRunningEngine;
import java.net.URI;

/**
 * How a ceiling's client reaches its engine. The app's own client uses the in-process channel, so
 * that is the ceiling its throughput is compared with; loopback gRPC is what tools outside the
 * process (and the app before it had the in-process channel) pay, printed beside it.
 */
enum Transport {
  IN_PROCESS("in-process"),
  LOOPBACK("loopback gRPC");

  final String label;

  Transport(String label) {
    this.label = label;
  }

  CamundaClient connect(LongRunningEngine engine, int port) {
    CamundaClientBuilderImpl configuration = new CamundaClientBuilderImpl();
    configuration.grpcAddress(URI.create("http://127.0.0.1:" + port)).restAddress(URI.create("http://127.0.0.1:1")).preferRestOverGrpc(false);
    return switch (this) {
      case IN_PROCESS -> engine.newInProcessClient(configuration);
      case LOOPBACK -> configuration.build();
    };
  }
}
