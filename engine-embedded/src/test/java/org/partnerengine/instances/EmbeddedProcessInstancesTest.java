package org.partnerengine.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.process.test.engine.LongRunningEngine;
import io.camunda.zeebe.process.test.engine.LongRunningEngineFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.tasks.TaskInbox;

/**
 * A user task's job the engine cancels while its worker is still filing the task: the inbox has
 * no task of it yet when the cancellation is followed, so it is asked about the job again until
 * it has.
 */
class EmbeddedProcessInstancesTest {

  private LongRunningEngine engine;
  private CamundaClient client;
  private EmbeddedProcessInstances instances;
  private final TaskInbox inbox = mock(TaskInbox.class);
  private final List<Collection<Long>> asked = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      engine = LongRunningEngineFactory.create(socket.getLocalPort());
    }
    engine.start();
    client =
        CamundaClient.newClientBuilder()
            .grpcAddress(URI.create("http://" + engine.getGatewayAddress()))
            .preferRestOverGrpc(false)
            .build();
  }

  @AfterEach
  void stop() {
    instances.close();
    client.close();
    engine.stop();
  }

  @Test
  void aCancelledJobWhoseTaskIsNotFiledYetIsAskedAboutAgainUntilItIs() {
    // The first two answers: not filed yet; from the third on the worker has filed it.
    when(inbox.jobsCanceled(anyCollection()))
        .thenAnswer(
            call -> {
              Collection<Long> jobKeys = List.copyOf(call.getArgument(0));
              asked.add(jobKeys);
              return asked.size() <= 2 ? Set.copyOf(jobKeys) : Set.of();
            });
    instances = new EmbeddedProcessInstances(engine, inbox);
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess("approval").startEvent().userTask("Task_Approve").endEvent().done(), "approval.bpmn")
        .send()
        .join();
    long instanceKey =
        client.newCreateInstanceCommand().bpmnProcessId("approval").latestVersion().send().join().getProcessInstanceKey();

    client.newCancelInstanceCommand(instanceKey).send().join();

    await().atMost(Duration.ofSeconds(30)).until(() -> asked.size() >= 3 && instances.unfiledCanceledJobs() == 0);
    assertThat(asked.getFirst()).hasSize(1);
    assertThat(asked).as("the same job each time").allMatch(jobKeys -> jobKeys.equals(asked.getFirst()));
  }
}
