package org.partnerengine.bench;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.builder.AbstractFlowNodeBuilder;
import io.camunda.zeebe.process.test.engine.LongRunningEngine;
import io.camunda.zeebe.process.test.engine.LongRunningEngineFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded engine alone (the app's own engine factory): instances per second of a straight
 * process with as many jobs as the lifecycle's happy path, each completed by a no-op worker fed
 * by job streaming. {@link LifecycleModelsCeiling} runs the lifecycle's real models instead.
 *
 * <p>The fast-tracked happy path runs {@value #LIFECYCLE_JOBS} jobs: enrich, five stage entries
 * (RECRUIT, ONBOARD, ENABLE, CERTIFY, ACTIVE), validate, due diligence, record approval, generate
 * agreement, record signature, provision account, enrol, two course completions, record exam
 * attempt, issue certificate, and the two job-based onboarding user tasks.
 *
 * <p>Arguments: output directory, then optionally jobs per instance (default {@value
 * #LIFECYCLE_JOBS}), the most warm-up instances (default 5000; the warm-up ends once the JIT
 * compilers settle, see {@link Warmup}) and measured instances (default 1000).
 */
public final class EngineCeiling {

  static final int LIFECYCLE_JOBS = 19;

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
    int tasks = args.length > 1 ? Integer.parseInt(args[1]) : LIFECYCLE_JOBS;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
    int measured = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
    double perSecond = measure(tasks, warmup, measured, Transport.IN_PROCESS);
    Results.write(
        out,
        "engine-ceiling",
        "instances,jobs_per_instance,instances_per_second",
        String.format(Locale.ROOT, "%d,%d,%.2f", measured, tasks, perSecond));
    System.exit(0); // the engine leaves a non-daemon timer thread behind
  }

  /**
   * Instances per second of a {@code tasks}-job process on a fresh embedded engine, after a
   * warm-up of at most {@code maxWarmup} instances.
   */
  static double measure(int tasks, int maxWarmup, int measured, Transport transport) throws Exception {
    int port = BenchApp.freePort();
    LongRunningEngine engine = LongRunningEngineFactory.create(port);
    engine.start();
    try (LogTrimmer trimmer = new LogTrimmer(engine);
        CamundaClient client = transport.connect(engine, port)) {
      client.newDeployResourceCommand().addProcessModel(shape(tasks), "ceiling.bpmn").send().join();
      AtomicLong completedInstances = new AtomicLong();
      List<JobWorker> workers = new ArrayList<>();
      for (int i = 0; i < tasks; i++) {
        boolean last = i == tasks - 1;
        workers.add(
            client
                .newWorker()
                .jobType("bench.step-" + i)
                .handler(
                    (jobClient, job) ->
                        jobClient
                            .newCompleteCommand(job.getKey())
                            .send()
                            // A completion the busy engine did not take in time comes back after the job timeout.
                            .whenComplete(
                                (done, failure) -> {
                                  if (failure == null && last) {
                                    completedInstances.incrementAndGet();
                                  }
                                }))
                .timeout(Duration.ofSeconds(30))
                .maxJobsActive(64)
                .streamEnabled(true)
                .pollInterval(Duration.ofMinutes(5))
                .open());
      }

      Warmup.untilCompiled(
          "engine-ceiling, " + transport.label + ", instances", ProcessHandle.current().pid(), 500, maxWarmup,
          batch -> run(client, completedInstances, batch));
      CpuTime before = CpuTime.ofThisProcess();
      long started = System.nanoTime();
      run(client, completedInstances, measured);
      double seconds = (System.nanoTime() - started) / 1e9;
      double perSecond = measured / seconds;
      CpuTime cpu = CpuTime.ofThisProcess().since(before);

      workers.forEach(JobWorker::close);
      System.out.printf(
          Locale.ROOT, "engine-ceiling (%s): %d instances of %d jobs in %.2f s = %.1f instances/s; %.1f %% of the CPU in the JIT compilers%n",
          transport.label, measured, tasks, seconds, perSecond, cpu.compilerShare() * 100);
      return perSecond;
    } finally {
      engine.stop();
    }
  }

  /** Starts instances with at most 200 unfinished at a time and waits until all have finished. */
  private static void run(CamundaClient client, AtomicLong completed, int instances) throws InterruptedException {
    long base = completed.get();
    for (int i = 0; i < instances; i++) {
      while (i - (completed.get() - base) >= 200) {
        Thread.sleep(0, 200_000);
      }
      client
          .newCreateInstanceCommand()
          .bpmnProcessId("engine-ceiling")
          .latestVersion()
          .variables("{\"partnerId\": 1}")
          .send();
    }
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (completed.get() - base < instances && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    if (completed.get() - base < instances) {
      throw new IllegalStateException("Only " + (completed.get() - base) + " of " + instances + " instances completed");
    }
  }

  private static BpmnModelInstance shape(int tasks) {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess("engine-ceiling").startEvent();
    for (int i = 0; i < tasks; i++) {
      flow = flow.serviceTask("Task_" + i, task -> {}).zeebeJobType("bench.step-" + i);
    }
    return flow.endEvent().done();
  }
}
