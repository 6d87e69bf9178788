package io.camunda.zeebe.process.test.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.client.impl.CamundaClientBuilderImpl;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LongRunningEngineTest {

  private static final int INSTANCES = 50;

  private LongRunningEngine engine;
  private CamundaClient client;

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
    client.close();
    engine.stop();
  }

  @Test
  void theLogForgetsWhatWasProcessedAndFollowed() {
    RecordFollower follower = engine.follow();
    AtomicInteger completed = new AtomicInteger();
    deployAndRun(INSTANCES);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              follower.follow(
                  record -> {
                    if (record.getValue() instanceof ProcessInstanceRecordValue value
                        && value.getBpmnElementType() == BpmnElementType.PROCESS
                        && record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED) {
                      completed.incrementAndGet();
                    }
                  });
              follower.release();
              return completed.get() == INSTANCES && engine.logBlocks() <= 1;
            });
  }

  @Test
  void aFollowerThatSkipsWhatItDoesNotNeedLetsTheLogBeTrimmed() throws Exception {
    RecordFollower follower = engine.follow();
    deployAndRun(INSTANCES);
    engine.waitForIdleState(Duration.ofSeconds(10));
    int blocksBefore = engine.logBlocks();

    int skipped = follower.skip();
    follower.release();

    assertThat(skipped).as("every record since the deployment").isGreaterThan(INSTANCES * 5);
    assertThat(engine.logBlocks()).isLessThan(blocksBefore).isLessThanOrEqualTo(1);
    assertThat(follower.skip()).as("nothing new").isZero();
  }

  @Test
  void theLogKeepsWhatAFollowerHasNotRead() throws Exception {
    RecordFollower behind = engine.follow();
    RecordFollower ahead = engine.follow();
    deployAndRun(5);
    engine.waitForIdleState(Duration.ofSeconds(10));

    ahead.follow(record -> {});
    ahead.release();

    AtomicInteger seen = new AtomicInteger();
    behind.follow(record -> seen.incrementAndGet());
    assertThat(seen.get()).as("everything, from the deployment on").isGreaterThan(5 * 5);
    assertThat(behind.position()).isEqualTo(ahead.position());
  }

  @Test
  void twoEnginesInOneJvmEachAnswerTheirOwnRequests() throws Exception {
    LongRunningEngine other;
    try (ServerSocket socket = new ServerSocket(0)) {
      other = LongRunningEngineFactory.create(socket.getLocalPort());
    }
    other.start();
    try (CamundaClient otherClient =
        CamundaClient.newClientBuilder().grpcAddress(URI.create("http://" + other.getGatewayAddress())).preferRestOverGrpc(false).build()) {
      deploy(client, "straight-here");
      deploy(otherClient, "straight-there");
      ExecutorService callers = Executors.newFixedThreadPool(2);
      Future<List<String>> here = callers.submit(() -> start(client, "straight-here", 100));
      Future<List<String>> there = callers.submit(() -> start(otherClient, "straight-there", 100));

      assertThat(here.get(60, TimeUnit.SECONDS)).hasSize(100).containsOnly("straight-here");
      assertThat(there.get(60, TimeUnit.SECONDS)).hasSize(100).containsOnly("straight-there");
      callers.shutdown();
    } finally {
      other.stop();
    }
  }

  @Test
  void aClientInTheProcessGetsABurstOfJobsStreamedWithoutWaitingForAPoll() {
    CamundaClientBuilderImpl configuration = new CamundaClientBuilderImpl();
    configuration.preferRestOverGrpc(false);
    try (CamundaClient inProcess = engine.newInProcessClient(configuration)) {
      inProcess
          .newDeployResourceCommand()
          .addProcessModel(
              Bpmn.createExecutableProcess("one-job").startEvent().serviceTask("Task_Work", task -> task.zeebeJobType("work")).endEvent().done(),
              "one-job.bpmn")
          .send()
          .join();
      AtomicInteger worked = new AtomicInteger();
      // Streamed jobs only: the worker would poll for the rest in an hour.
      try (JobWorker worker =
          inProcess
              .newWorker()
              .jobType("work")
              .handler((jobClient, job) -> jobClient.newCompleteCommand(job.getKey()).send().thenRun(worked::incrementAndGet))
              .streamEnabled(true)
              .pollInterval(Duration.ofHours(1))
              .open()) {
        await().atMost(Duration.ofSeconds(10)).until(() -> inProcess.newTopologyRequest().send().join().getBrokers().size() == 1);
        for (int i = 0; i < INSTANCES * 4; i++) {
          inProcess.newCreateInstanceCommand().bpmnProcessId("one-job").latestVersion().send();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(worked).hasValue(INSTANCES * 4));
      }
    }
  }

  private static void deploy(CamundaClient client, String processId) {
    client
        .newDeployResourceCommand()
        .addProcessModel(Bpmn.createExecutableProcess(processId).startEvent().endEvent().done(), processId + ".bpmn")
        .send()
        .join();
  }

  /** Starts instances one after the other; answers the process id each answer names. */
  private static List<String> start(CamundaClient client, String processId, int instances) {
    List<String> answered = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      answered.add(client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join().getBpmnProcessId());
    }
    return answered;
  }

  private void deployAndRun(int instances) {
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess("straight").startEvent().manualTask("Task_Nothing").endEvent().done(), "straight.bpmn")
        .send()
        .join();
    for (int i = 0; i < instances; i++) {
      client.newCreateInstanceCommand().bpmnProcessId("straight").latestVersion().send().join();
    }
  }
}
