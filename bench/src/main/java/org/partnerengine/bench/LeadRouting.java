package org.partnerengine.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Leads routed per second through the app: a CSV import of 10 000 leads ({@code POST
 * /api/leads/import}) until every lead has its first offer made (real workers: the rules of
 * engagement's facts, the candidates of the round from the territories and coverage, the weighing,
 * the pick), and the ratio to the engine alone on the same model in the same run
 * ({@link LeadModelsCeiling}). The partners are made ACTIVE through the API as the lifecycle
 * benchmark makes them, and cover Germany for the product with room for every lead.
 *
 * <p>The clock starts before the import is sent, so the import's own validation and storing are
 * counted; it stops when the database holds a first-round offer for every lead (read over JDBC,
 * every 100 ms: the metrics gauge {@code partner_engine_lead_offers} refreshes only every 15 s).
 * The app is warmed up by the same rule as the engine alone ({@link Warmup}), with imports of 1 000.
 *
 * <p>Arguments: output directory, app jar, then optionally leads (default 10 000), partners (5),
 * app heap in MiB (512), the most warm-up leads of each (5 000).
 */
public final class LeadRouting {

  private static final AtomicLong LEADS = new AtomicLong();

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path jar = Path.of(args[1]);
    int leads = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    int partners = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    int heapMb = args.length > 4 ? Integer.parseInt(args[4]) : 512;
    int maxWarmup = args.length > 5 ? Integer.parseInt(args[5]) : 5_000;

    // The ceiling's engine leaves a non-daemon timer thread behind: end the JVM either way.
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, failure) -> {
          failure.printStackTrace();
          System.exit(1);
        });
    double ceiling = LeadModelsCeiling.measure(maxWarmup, leads, partners, Transport.IN_PROCESS);
    try (BenchApp app = BenchApp.start(jar, out.resolve("lead-routing"), heapMb);
        Connection db = DriverManager.getConnection(app.jdbcUrl, "sa", "")) {
      coverGermany(app, db, partners);
      int warmup =
          Warmup.untilCompiled("app, leads", app.process.pid(), 1000, maxWarmup, batch -> importAndRoute(app, db, batch));
      CpuTime before = app.cpuTime();
      Routed routed = importAndRoute(app, db, leads);
      CpuTime cpu = app.cpuTime().since(before);
      double perSecond = leads / routed.seconds();
      System.out.printf(
          Locale.ROOT,
          "lead-routing: %d leads imported in %.1f s and offered by %.1f s = %.2f leads/s; engine alone on lead-distribution %.2f/s"
              + " (in-process), ratio %.3f; %d candidates each; after %d warm-up leads the app used %.2f ms of CPU per lead,"
              + " %.1f %% of it in the JIT compilers%n",
          leads, routed.importSeconds(), routed.seconds(), perSecond, ceiling, perSecond / ceiling, partners, warmup,
          cpu.seconds() * 1000 / leads, cpu.compilerShare() * 100);
      Results.write(
          out,
          "lead-routing",
          "leads,candidates,import_seconds,seconds,leads_per_second,engine_alone_per_second,ratio_to_engine_alone,"
              + "warmup_leads,app_cpu_ms_per_lead,app_cpu_in_jit_compilers",
          String.format(
              Locale.ROOT, "%d,%d,%.1f,%.1f,%.2f,%.2f,%.3f,%d,%.2f,%.3f",
              leads, partners, routed.importSeconds(), routed.seconds(), perSecond, ceiling, perSecond / ceiling, warmup,
              cpu.seconds() * 1000 / leads, cpu.compilerShare()));
    }
    System.exit(0); // the ceiling's engine leaves a non-daemon timer thread behind
  }

  /** How long the import took to answer, and until every lead it stored had its first offer. */
  record Routed(double importSeconds, double seconds) {}

  /** Makes the partners ACTIVE and has each cover Germany for core-platform, with room for every lead of the run. */
  private static void coverGermany(BenchApp app, Connection db, int partners) throws Exception {
    LifecycleDriver driver = new LifecycleDriver(app);
    driver.run(partners, Math.min(partners, 4), Duration.ofMinutes(10));
    long territory =
        app.json("POST", "/api/territories", "manager", Map.of("name", "Bench Germany", "areas", List.of(Map.of("country", "DE"))))
            .get("id").asLong();
    List<Long> active = new ArrayList<>();
    try (ResultSet rs = db.createStatement().executeQuery("select id from partner where stage = 'ACTIVE'")) {
      while (rs.next()) {
        active.add(rs.getLong(1));
      }
    }
    for (long partnerId : active) {
      app.json(
          "PUT", "/api/partners/" + partnerId + "/coverage", "manager",
          Map.of("territoryIds", List.of(territory), "products", List.of("core-platform"), "capacity", 10_000));
    }
    System.out.printf(Locale.ROOT, "lead-routing: %d ACTIVE partners cover Germany for core-platform%n", active.size());
  }

  /** Imports {@code count} new leads in one file and waits until each has its first offer. */
  static Routed importAndRoute(BenchApp app, Connection db, int count) throws Exception {
    long offeredBefore = firstOffers(db);
    String csv = csv(count);
    long started = System.nanoTime();
    HttpResponse<String> report = importCsv(app, csv);
    double importSeconds = (System.nanoTime() - started) / 1e9;
    if (report.statusCode() != 200) {
      throw new IllegalStateException("The import answered " + report.statusCode() + ": " + report.body());
    }
    int accepted = BenchApp.JSON.readTree(report.body()).get("accepted").size();
    if (accepted != count) {
      throw new IllegalStateException("The import stored " + accepted + " of " + count + " leads: " + report.body());
    }
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
    long offered = 0;
    while (System.nanoTime() < deadline) {
      offered = firstOffers(db) - offeredBefore;
      if (offered >= count) {
        return new Routed(importSeconds, (System.nanoTime() - started) / 1e9);
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("Only " + offered + " of " + count + " imported leads were offered within 30 minutes");
  }

  private static long firstOffers(Connection db) throws Exception {
    try (ResultSet rs = db.createStatement().executeQuery("select count(*) from lead_offer where round = 1")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A file of new leads in Germany for core-platform, each under a domain of its own. */
  private static String csv(int count) {
    StringBuilder csv = new StringBuilder("companyName,domain,country,postcode,productInterest,contactName,contactEmail,source,campaign\n");
    for (int i = 0; i < count; i++) {
      String domain = "lead-" + LEADS.incrementAndGet() + ".bench.example";
      csv.append("Bench Lead ").append(i).append(',').append(domain).append(",DE,10115,core-platform,Carla Bench,carla@")
          .append(domain).append(",bench,\n");
    }
    return csv.toString();
  }

  private static HttpResponse<String> importCsv(BenchApp app, String csv) throws Exception {
    String boundary = "bench-" + System.nanoTime();
    String body =
        "--" + boundary + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"leads.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n"
            + csv + "\r\n"
            + "--" + boundary + "--\r\n";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(app.root + "/api/leads/import"))
            .timeout(Duration.ofMinutes(10))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("manager:manager".getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    return app.http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
