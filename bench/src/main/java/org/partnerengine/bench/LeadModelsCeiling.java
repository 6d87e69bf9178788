package org.partnerengine.bench;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.process.test.engine.LongRunningEngine;
import io.camunda.zeebe.process.test.engine.LongRunningEngineFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine alone on lead-distribution: every model of the product deployed on the embedded
 * engine, leads started as the app starts them, and each job answered at once by a worker that
 * does nothing but answer what the real worker would (no direct-sales account, no owner, the
 * round's candidates, one of them offered the lead). A lead counts when its first offer is made:
 * its pick completed, the instance waiting for the partner's answer. The rules of engagement and
 * the weighing of every candidate (a decision each) cost what they cost in the product; the
 * difference to the app's run is the workers, the database and the import.
 */
final class LeadModelsCeiling {

  /** At most this many leads started and not yet offered, so the engine is never starved nor flooded. */
  private static final int IN_FLIGHT = 200;

  private LeadModelsCeiling() {}

  /** Leads per second to their first offer, among {@code candidates} candidates each, after a warm-up (see {@link Warmup}). */
  static double measure(int maxWarmup, int measured, int candidates, Transport transport) throws Exception {
    int port = BenchApp.freePort();
    LongRunningEngine engine = LongRunningEngineFactory.create(port);
    engine.start();
    try (LogTrimmer trimmer = new LogTrimmer(engine);
        CamundaClient client = transport.connect(engine, port)) {
      LifecycleModelsCeiling.deployModels(client);
      AtomicLong offered = new AtomicLong();
      AtomicLong offers = new AtomicLong();
      Map<String, Object> facts = new HashMap<>();
      facts.put("directSalesDomain", false);
      facts.put("protectedPartnerId", null);
      facts.put("incumbentPartnerId", null);
      List<Map<String, Object>> found = new ArrayList<>();
      for (long partnerId = 1; partnerId <= candidates; partnerId++) {
        Map<String, Object> candidate = new HashMap<>();
        candidate.put("partnerId", partnerId);
        candidate.put("tier", "REGISTERED");
        candidate.put("specialisationCount", 1);
        candidate.put("acceptanceRate", null);
        candidate.put("distanceBand", "COUNTRY");
        candidate.put("winRate", null);
        found.add(candidate);
      }
      Map<String, Object> round = Map.of("candidates", found, "candidateCount", found.size());
      List<JobWorker> workers = new ArrayList<>();
      workers.add(LifecycleModelsCeiling.open(client, "leads.gather-engagement-facts", (jobClient, job) -> LifecycleModelsCeiling.complete(jobClient, job, facts, null)));
      workers.add(LifecycleModelsCeiling.open(client, "leads.find-candidates", (jobClient, job) -> LifecycleModelsCeiling.complete(jobClient, job, round, null)));
      // A lead counts when its pick makes the offer, once, as the app counts the offer it stored
      // before completing the job: a completion whose answer is lost or late must not hide it.
      Set<Long> offeredLeads = ConcurrentHashMap.newKeySet();
      workers.add(
          LifecycleModelsCeiling.open(client, "leads.pick-partner", (jobClient, job) -> {
            long offerId = offers.incrementAndGet();
            if (offeredLeads.add(((Number) job.getVariable("leadId")).longValue())) {
              offered.incrementAndGet();
            }
            LifecycleModelsCeiling.complete(jobClient, job, Map.of("offerId", offerId, "offerKey", Long.toString(offerId), "offeredPartnerId", 1, "offersMade", 1), null);
          }));

      AtomicLong leads = new AtomicLong(1_000_000);
      Warmup.untilCompiled(
          "lead-models-ceiling, " + transport.label + ", leads", ProcessHandle.current().pid(), 1000, maxWarmup,
          batch -> run(client, leads, offered, batch));
      CpuTime before = CpuTime.ofThisProcess();
      long started = System.nanoTime();
      run(client, leads, offered, measured);
      double seconds = (System.nanoTime() - started) / 1e9;
      double perSecond = measured / seconds;
      CpuTime cpu = CpuTime.ofThisProcess().since(before);
      workers.forEach(JobWorker::close);
      System.out.printf(
          Locale.ROOT,
          "lead-models-ceiling (%s): %d leads to their first offer among %d candidates, no-op workers, in %.2f s = %.2f/s;"
              + " %.2f ms of CPU per lead, %.1f %% of it in the JIT compilers%n",
          transport.label, measured, candidates, seconds, perSecond, cpu.seconds() * 1000 / measured, cpu.compilerShare() * 100);
      return perSecond;
    } finally {
      engine.stop();
    }
  }

  /** Starts leads as the app does, with at most {@link #IN_FLIGHT} not yet offered, and waits until all are. */
  private static void run(CamundaClient client, AtomicLong leads, AtomicLong offered, int count) throws InterruptedException {
    long base = offered.get();
    for (int i = 0; i < count; i++) {
      while (i - (offered.get() - base) >= IN_FLIGHT) {
        Thread.sleep(0, 200_000);
      }
      Map<String, Object> variables =
          Map.of(
              "leadId", leads.incrementAndGet(), "acceptanceWindow", "P2D", "maxOffers", 3, "offersMade", 0,
              "leadStatusReminder", "P7D", "leadReclaimAfter", "P14D");
      client.newCreateInstanceCommand().bpmnProcessId("lead-distribution").latestVersion().variables(variables).send();
    }
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (offered.get() - base < count && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    if (offered.get() - base < count) {
      throw new IllegalStateException("Only " + (offered.get() - base) + " of " + count + " leads were offered");
    }
  }
}
