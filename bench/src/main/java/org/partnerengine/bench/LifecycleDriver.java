package org.partnerengine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives partners from application to ACTIVE through the public API only, as people would: the
 * application (fast-tracked: the sample scores 70), the partner's events (signature, tax form, two
 * courses, a passed exam; sent at once, the engine keeps them until each wait opens), and the two
 * onboarding tasks completed from the inbox by finance and partner managers, a few at a time.
 */
final class LifecycleDriver {

  private static final AtomicLong APPLICANTS = new AtomicLong();

  /** The sample application, under a domain of its own: due diligence refuses a second partner on one domain. */
  static Map<String, Object> application() {
    return application("SYSTEM_INTEGRATOR", "DE", 2_500_000, 40);
  }

  /**
   * An application that scores in the review band (40): after screening and due diligence its
   * lifecycle waits for an approver, as most real applications do.
   */
  static Map<String, Object> applicationForReview() {
    return application("RESELLER", "BR", 500_000, 12);
  }

  private static Map<String, Object> application(String partnerType, String country, long annualRevenue, int employees) {
    String domain = "bench-" + System.nanoTime() + "-" + APPLICANTS.incrementAndGet() + ".example";
    return Map.of(
        "companyName", "Bench Cloud GmbH",
        "partnerType", partnerType,
        "country", country,
        "website", "https://www." + domain,
        "contactName", "Ada Lovelace",
        "contactEmail", "ada@" + domain,
        "annualRevenue", annualRevenue,
        "employees", employees);
  }

  /** How many people complete tasks from the inbox at the same time. */
  static final int APPROVERS = 4;

  private final BenchApp app;
  private final ExecutorService approvers = Executors.newFixedThreadPool(APPROVERS, Thread.ofPlatform().daemon().factory());
  final AtomicLong errors = new AtomicLong();

  LifecycleDriver(BenchApp app) {
    this.app = app;
  }

  /** Applies for one partner and sends its events; answers the partner id. */
  long apply() throws Exception {
    long partnerId = app.json("POST", "/api/applications", null, application()).get("partnerId").asLong();
    String partner = "/api/partners/" + partnerId;
    signAgreement(partner);
    app.json("POST", partner + "/tax-form", "manager", null);
    app.json("POST", partner + "/training-completions", "manager", Map.of("courseId", "product-essentials"));
    app.json("POST", partner + "/training-completions", "manager", Map.of("courseId", "technical-deployment"));
    app.json("POST", partner + "/exam-results", "manager", Map.of("examId", "core-platform", "score", 90));
    return partnerId;
  }

  /**
   * Signs the agreement as the portal does, once onboarding has generated it: opens the PDF and
   * signs the hash in its ETag.
   */
  private void signAgreement(String partner) throws Exception {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    while (true) {
      var pdf = app.send("GET", partner + "/agreement?lang=en", "manager", null);
      if (pdf.statusCode() == 200) {
        String sha256 = pdf.headers().firstValue("ETag").orElseThrow().replace("\"", "");
        app.json("POST", partner + "/agreement/signature", "manager",
            Map.of("signerName", "Ada Lovelace", "signerTitle", "Managing Director", "consent", true, "documentSha256", sha256));
        return;
      }
      if (pdf.statusCode() != 409 || System.nanoTime() > deadline) {
        throw new IllegalStateException("GET " + partner + "/agreement answered " + pdf.statusCode() + ": " + pdf.body());
      }
      // Onboarding generates the agreement a moment after the approval: ask again shortly.
      Thread.sleep(50);
    }
  }

  /** Completes every open onboarding task in the inbox; answers how many. */
  int completeOpenTasks() throws Exception {
    int completed = 0;
    completed += complete("finance", "finance", Map.of("Task_VerifyBankingDetails", Map.of("bankingDetailsVerified", true)));
    // A manager holds the kickoff call and countersigns the agreement the partner signed.
    completed += complete("manager", "partner-managers", Map.of(
        "Task_HoldKickoffCall", Map.of("kickoffHeldOn", "2026-03-02"),
        "Task_CountersignAgreement", Map.of("countersignerName", "Mia Manager", "countersignerTitle", "Partner manager")));
    return completed;
  }

  /**
   * Completes a page of open tasks as several people would, a few at once ({@link #APPROVERS}):
   * one after the other, the driver's own round trips would set the pace.
   */
  private int complete(String user, String group, Map<String, Map<String, Object>> variablesByTask) throws Exception {
    JsonNode page = app.json("GET", "/api/tasks?state=CREATED&candidateGroup=" + group + "&size=100", user, null);
    List<Future<Integer>> completions = new ArrayList<>();
    for (JsonNode task : page.path("content")) {
      long taskId = task.get("id").asLong();
      Map<String, Object> variables = variablesByTask.get(task.path("elementId").asText());
      if (variables == null) {
        continue; // a task of another process that happens to share the group
      }
      completions.add(
          approvers.submit(
              () -> {
                var response = app.send("POST", "/api/tasks/" + taskId + "/complete", user, Map.of("variables", variables));
                if (response.statusCode() == 200) {
                  return 1;
                }
                if (response.statusCode() != 409) {
                  errors.incrementAndGet();
                }
                return 0;
              }));
    }
    int completed = 0;
    for (Future<Integer> completion : completions) {
      completed += completion.get();
    }
    return completed;
  }

  long count(String stage) throws Exception {
    return app.json("GET", "/api/partners?stage=" + stage + "&size=1", "manager", null).path("page").path("totalElements").asLong();
  }

  /**
   * Runs {@code partners} lifecycles, applying from {@code threads} clients at once, and waits
   * until all are ACTIVE. Answers the seconds it took.
   */
  double run(int partners, int threads, Duration timeout) throws Exception {
    long activeBefore = count("ACTIVE");
    long started = System.nanoTime();
    ExecutorService clients = Executors.newFixedThreadPool(threads);
    for (int i = 0; i < partners; i++) {
      clients.submit(
          () -> {
            try {
              apply();
            } catch (Exception e) {
              errors.incrementAndGet();
            }
            return null;
          });
    }
    clients.shutdown();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      completeOpenTasks();
      if (clients.isTerminated() && count("ACTIVE") - activeBefore >= partners) {
        return (System.nanoTime() - started) / 1e9;
      }
      Thread.sleep(100);
    }
    clients.awaitTermination(1, TimeUnit.SECONDS);
    throw new IllegalStateException(
        "Only " + (count("ACTIVE") - activeBefore) + " of " + partners + " partners became ACTIVE within " + timeout);
  }
}
