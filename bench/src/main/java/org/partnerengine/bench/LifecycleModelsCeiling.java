package org.partnerengine.bench;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.process.test.engine.LongRunningEngine;
import io.camunda.zeebe.process.test.engine.LongRunningEngineFactory;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine alone on the lifecycle's own models: every BPMN and DMN of the product deployed on
 * the embedded engine, partners started and driven to ACTIVE by the same events the lifecycle
 * driver sends, and every job completed at once by a worker that does nothing but answer the
 * variables the real worker would (a strong fit, due diligence passed, a signed agreement, two
 * courses, a passed exam, a certificate whose renewal is scheduled). Call activities, message
 * subscriptions, boundary timers and decisions cost the engine what they cost in the product;
 * the difference to {@link LifecycleDriver}'s run is the workers, the database and the API.
 */
final class LifecycleModelsCeiling {

  /** The job types of the fast-tracked happy path and what their workers answer. */
  private static final Map<String, Map<String, Object>> ANSWERS =
      Map.ofEntries(
          Map.entry("partner.enrich-application", Map.of()),
          Map.entry("lifecycle.enter-stage", Map.of()),
          Map.entry(
              "recruitment.validate-application",
              Map.of("partnerType", "SYSTEM_INTEGRATOR", "country", "DE", "annualRevenue", 2_500_000, "employees", 40, "specialisations", List.of())),
          Map.entry("recruitment.check-region", Map.of("region", "GLOBAL", "regionLive", true, "regionApprovers", List.of())),
          Map.entry("recruitment.check-due-diligence", Map.of()),
          Map.entry("recruitment.record-approval", Map.of("approved", true)),
          Map.entry("onboarding.generate-agreement", Map.of("agreementVersion", "v1")),
          Map.entry("onboarding.record-signature", Map.of()),
          Map.entry("onboarding.provision-account", Map.of()),
          Map.entry("io.camunda.zeebe:userTask", Map.of("bankingDetailsVerified", true, "kickoffHeldOn", "2026-03-02")),
          Map.entry("enablement.enrol-partner", Map.of("curriculumComplete", false)),
          Map.entry("certification.record-exam-attempt", Map.of("passed", true, "attemptNumber", 1)));

  private LifecycleModelsCeiling() {}

  /**
   * Lifecycles per second, application to ACTIVE, of the engine alone on the product's models,
   * after a warm-up of at most {@code maxWarmup} lifecycles (see {@link Warmup}).
   */
  static double measure(int maxWarmup, int measured, Transport transport) throws Exception {
    int port = BenchApp.freePort();
    LongRunningEngine engine = LongRunningEngineFactory.create(port);
    engine.start();
    try (LogTrimmer trimmer = new LogTrimmer(engine);
        CamundaClient client = transport.connect(engine, port)) {
      deployModels(client);
      AtomicLong active = new AtomicLong();
      AtomicLong certificates = new AtomicLong();
      Map<Long, AtomicInteger> coursesCompleted = new ConcurrentHashMap<>();
      List<JobWorker> workers = new ArrayList<>();
      for (var answer : ANSWERS.entrySet()) {
        workers.add(
            open(client, answer.getKey(), (jobClient, job) -> {
              if (job.getType().equals("lifecycle.enter-stage") && "ACTIVE".equals(job.getCustomHeaders().get("stage"))) {
                complete(jobClient, job, answer.getValue(), active);
              } else {
                complete(jobClient, job, answer.getValue(), null);
              }
            }));
      }
      workers.add(
          open(client, "enablement.record-course-completion", (jobClient, job) -> {
            Object required = job.getVariablesAsMap().get("requiredCourses");
            int courses = required instanceof Collection<?> list ? list.size() : 2;
            long partnerId = ((Number) job.getVariablesAsMap().get("partnerId")).longValue();
            int done = coursesCompleted.computeIfAbsent(partnerId, id -> new AtomicInteger()).incrementAndGet();
            complete(jobClient, job, Map.of("curriculumComplete", done >= courses), null);
          }));
      workers.add(
          open(client, "certification.issue-certificate", (jobClient, job) -> {
            long certificateId = certificates.incrementAndGet();
            Map<String, Object> renewal = new HashMap<>();
            renewal.put("partnerId", job.getVariablesAsMap().get("partnerId"));
            renewal.put("certificateId", certificateId);
            renewal.put("examId", "core-platform");
            renewal.put("certificationCycle", 1);
            renewal.put("expiresAt", Instant.now().plus(Duration.ofDays(365)).toString());
            renewal.put("maxExamAttempts", 3);
            renewal.put("certificateRenewalLeadTime", "P30D");
            publish(client, "certificate-issued", Long.toString(certificateId), "certificate-issued:" + certificateId, renewal);
            complete(jobClient, job, Map.of("certified", true, "certificateId", certificateId, "expiresAt", renewal.get("expiresAt")), null);
          }));

      AtomicLong partners = new AtomicLong(1_000_000);
      Warmup.untilCompiled(
          "lifecycle-models-ceiling, " + transport.label + ", lifecycles", ProcessHandle.current().pid(), 100, maxWarmup,
          batch -> run(client, partners, active, batch));
      CpuTime before = CpuTime.ofThisProcess();
      long started = System.nanoTime();
      run(client, partners, active, measured);
      double seconds = (System.nanoTime() - started) / 1e9;
      double perSecond = measured / seconds;
      CpuTime cpu = CpuTime.ofThisProcess().since(before);
      workers.forEach(JobWorker::close);
      System.out.printf(
          Locale.ROOT,
          "lifecycle-models-ceiling (%s): %d lifecycles on the product's models with no-op workers in %.2f s = %.2f/s;"
              + " %.0f ms of CPU per lifecycle, %.1f %% of it in the JIT compilers%n",
          transport.label, measured, seconds, perSecond, cpu.seconds() * 1000 / measured, cpu.compilerShare() * 100);
      return perSecond;
    } finally {
      engine.stop();
    }
  }

  interface Handler {
    void handle(JobClient jobClient, ActivatedJob job);
  }

  static JobWorker open(CamundaClient client, String type, Handler handler) {
    return client
        .newWorker()
        .jobType(type)
        .handler(handler::handle)
        .timeout(Duration.ofSeconds(30))
        .maxJobsActive(64)
        .streamEnabled(true)
        .pollInterval(Duration.ofSeconds(20))
        .open();
  }

  static void complete(JobClient jobClient, ActivatedJob job, Map<String, Object> variables, AtomicLong done) {
    jobClient
        .newCompleteCommand(job.getKey())
        .variables(variables)
        .send()
        .whenComplete(
            (ok, failure) -> {
              if (failure == null && done != null) {
                done.incrementAndGet();
              }
            });
  }

  /** Starts partners with at most 100 not yet ACTIVE, sends each its events, and waits until all are ACTIVE. */
  private static void run(CamundaClient client, AtomicLong partners, AtomicLong active, int lifecycles) throws InterruptedException {
    long base = active.get();
    for (int i = 0; i < lifecycles; i++) {
      while (i - (active.get() - base) >= 100) {
        Thread.sleep(0, 200_000);
      }
      long partnerId = partners.incrementAndGet();
      Map<String, Object> variables = new HashMap<>();
      variables.put("partnerId", partnerId);
      variables.putAll(
          Map.of(
              "approvalReminder", "P2D", "approvalEscalation", "P5D",
              "agreementReminder", "P3D", "agreementExpiry", "P14D",
              "trainingReminder", "P7D",
              "maxExamAttempts", 3, "certificateRenewalLeadTime", "P30D"));
      client.newCreateInstanceCommand().bpmnProcessId("partner-lifecycle").latestVersion().variables(variables).send();
      String key = Long.toString(partnerId);
      publish(client, "agreement-signed", key, "agreement-signed-" + key + "-v1", Map.of("agreementVersion", "v1"));
      publish(client, "tax-form-received", key, "tax-form-" + key, Map.of());
      publish(client, "training-completed", key, "training:" + key + ":product-essentials", Map.of("courseId", "product-essentials"));
      publish(client, "training-completed", key, "training:" + key + ":technical-deployment", Map.of("courseId", "technical-deployment"));
      publish(client, "exam-result", key, "exam:" + key + ":1", Map.of("examId", "core-platform", "score", 90));
    }
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (active.get() - base < lifecycles && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    if (active.get() - base < lifecycles) {
      throw new IllegalStateException("Only " + (active.get() - base) + " of " + lifecycles + " lifecycles reached ACTIVE");
    }
  }

  private static void publish(CamundaClient client, String name, String correlationKey, String messageId, Map<String, Object> variables) {
    client
        .newPublishMessageCommand()
        .messageName(name)
        .correlationKey(correlationKey)
        .messageId(messageId)
        .timeToLive(Duration.ofDays(7))
        .variables(variables)
        .send();
  }

  /** Deploys every model the product ships, from the processes module on the class path. */
  static void deployModels(CamundaClient client) throws Exception {
    URL lifecycle = LifecycleModelsCeiling.class.getClassLoader().getResource("processes/partner-lifecycle.bpmn");
    if (lifecycle == null) {
      throw new IllegalStateException("The processes module is not on the class path");
    }
    URI uri = lifecycle.toURI();
    FileSystem jar = uri.getScheme().equals("jar") ? FileSystems.newFileSystem(uri, Map.of()) : null;
    try {
      Path folder = Path.of(uri).getParent();
      DeployResourceCommandStep2 deployment = null;
      try (var files = Files.list(folder)) {
        for (Path file : files.filter(f -> f.toString().matches(".*\\.(bpmn|dmn|form)$")).sorted().toList()) {
          byte[] content = Files.readAllBytes(file);
          String name = file.getFileName().toString();
          deployment =
              deployment == null
                  ? client.newDeployResourceCommand().addResourceBytes(content, name)
                  : deployment.addResourceBytes(content, name);
        }
      }
      deployment.send().join();
    } finally {
      if (jar != null) {
        jar.close();
      }
    }
  }
}
