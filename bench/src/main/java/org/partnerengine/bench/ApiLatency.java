package org.partnerengine.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;

/**
 * p50/p95/p99 of starting an application, reading a partner page and reading the task list, each
 * at a fixed request rate, with partners and open tasks bulk-inserted first. Latency is measured
 * from the moment a request was due, so a slow answer cannot hide the requests queued behind it.
 * Prints the query plans of the list queries. The started applications score in the review band,
 * so each lifecycle runs screening and due diligence and then waits for an approver.
 *
 * <p>Arguments: output directory, app jar, then optionally rows of each kind (default 100000),
 * requests per second (50), seconds per endpoint (20), app heap in MiB (512). The system property
 * {@code bench.api-latency.endpoints} (comma-separated: {@code partner}, {@code tasks},
 * {@code partners}, {@code start}) measures only those; all four by default.
 */
public final class ApiLatency {

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path jar = Path.of(args[1]);
    int rows = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
    int rate = args.length > 3 ? Integer.parseInt(args[3]) : 50;
    int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
    int heapMb = args.length > 5 ? Integer.parseInt(args[5]) : 512;

    try (BenchApp app = BenchApp.start(jar, out.resolve("api-latency"), heapMb)) {
      long firstPartner;
      try (Connection db = DriverManager.getConnection(app.jdbcUrl, "sa", "")) {
        long loadStarted = System.nanoTime();
        firstPartner = load(db, rows);
        System.out.printf(Locale.ROOT, "api-latency: loaded %d partners and %d open tasks in %.1f s%n", rows, rows, (System.nanoTime() - loadStarted) / 1e9);
        Files.writeString(out.resolve("api-latency-plans.txt"), plans(db));
      }
      long partners = rows;
      List<String> results = new ArrayList<>();
      Set<String> endpoints = Set.of(System.getProperty("bench.api-latency.endpoints", "partner,tasks,partners,start").split(","));
      if (endpoints.contains("start")) {
        // The start path is warmed up too, at the measured rate and first: the reads begin once
        // every one of these applications waits for its approver, so the engine is quiet again.
        int warmStarts = rate * seconds;
        FixedRate.measure("api-latency warm-up", "POST /api/applications", rate, seconds,
            () -> app.send("POST", "/api/applications", null, LifecycleDriver.applicationForReview()));
        awaitOpenTasks(app, rows + warmStarts);
      }
      // Then the three reads, until the app's JIT compilers settle (see Warmup).
      Warmup.untilCompiled(
          "api-latency, rounds of the three reads", app.process.pid(), 100, 3000,
          batch -> {
            for (int i = 0; i < batch; i++) {
              app.send("GET", "/api/partners/" + (firstPartner + ThreadLocalRandom.current().nextLong(partners)), "manager", null);
              app.send("GET", "/api/tasks?candidateGroup=channel-approvers&state=CREATED&size=20", "approver", null);
              app.send("GET", "/api/partners?stage=ACTIVE&size=20", "manager", null);
            }
          });
      CpuTime measuredFrom = app.cpuTime();
      // Reads first, on a quiet engine; then the starts, whose lifecycles keep the engine busy.
      if (endpoints.contains("partner")) {
        results.add(
            FixedRate.measure("api-latency", "GET /api/partners/{id}", rate, seconds,
                () -> app.send("GET", "/api/partners/" + (firstPartner + ThreadLocalRandom.current().nextLong(partners)), "manager", null)));
      }
      if (endpoints.contains("tasks")) {
        results.add(
            FixedRate.measure("api-latency", "GET /api/tasks", rate, seconds,
                () -> app.send("GET", "/api/tasks?candidateGroup=channel-approvers&state=CREATED&size=20", "approver", null)));
      }
      if (endpoints.contains("partners")) {
        results.add(
            FixedRate.measure("api-latency", "GET /api/partners?stage=", rate, seconds,
                () -> app.send("GET", "/api/partners?stage=ACTIVE&size=20", "manager", null)));
      }
      if (endpoints.contains("start")) {
        results.add(
            FixedRate.measure("api-latency", "POST /api/applications", rate, seconds,
                () -> app.send("POST", "/api/applications", null, LifecycleDriver.applicationForReview())));
        reportStartBacklog(app);
      }
      System.out.printf(
          Locale.ROOT, "api-latency: the app's JIT compilers took %.1f %% of its CPU over the measured requests%n",
          app.cpuTime().since(measuredFrom).compilerShare() * 100);
      Results.write(
          out,
          "api-latency",
          "endpoint,rows,rate_per_second,requests,errors,p50_ms,p95_ms,p99_ms,max_ms",
          results.stream().map(r -> r.replace("{rows}", Integer.toString(rows))).toArray(String[]::new));
      System.out.println(Files.readString(out.resolve("api-latency-plans.txt")));
    }
    System.exit(0);
  }

  /** Waits until the inbox holds {@code expected} tasks: every warm-up application waits for its approver. */
  private static void awaitOpenTasks(BenchApp app, long expected) throws Exception {
    long started = System.nanoTime();
    long count = pollCount(app, "select count(*) from user_task", tasks -> tasks >= expected);
    System.out.printf(
        Locale.ROOT, "api-latency warm-up: %d of %d tasks in the inbox %.1f s after the last warm-up application%n",
        count, expected, (System.nanoTime() - started) / 1e9);
  }

  /**
   * Applications answered 202 are started behind the answer: how long after the last answer every
   * application had its lifecycle (its first step binds the instance key).
   */
  private static void reportStartBacklog(BenchApp app) throws Exception {
    long answered = System.nanoTime();
    long left = pollCount(app, "select count(*) from partner where process_instance_key is null", waiting -> waiting == 0);
    System.out.printf(
        Locale.ROOT, "api-latency: %s %.1f s after the last application was answered%n",
        left == 0 ? "every application had its lifecycle" : left + " applications still had no lifecycle",
        (System.nanoTime() - answered) / 1e9);
  }

  /** Runs a count query every 250 ms until {@code done} accepts its answer, for at most 10 minutes; answers the last count. */
  private static long pollCount(BenchApp app, String countQuery, LongPredicate done) throws Exception {
    try (Connection db = DriverManager.getConnection(app.jdbcUrl, "sa", "");
        PreparedStatement query = db.prepareStatement(countQuery)) {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
      while (true) {
        long count;
        try (ResultSet rs = query.executeQuery()) {
          rs.next();
          count = rs.getLong(1);
        }
        if (done.test(count) || System.nanoTime() >= deadline) {
          return count;
        }
        Thread.sleep(250);
      }
    }
  }

  /** Inserts partners (spread over the stages) and one open approval task each; answers the first partner id. */
  private static long load(Connection db, int rows) throws Exception {
    db.setAutoCommit(false);
    String[] stages = {"RECRUIT", "ONBOARD", "ENABLE", "CERTIFY", "ACTIVE"};
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement partner =
        db.prepareStatement(
            "insert into partner (company_name, partner_type, country, website, company_domain, contact_name, contact_email,"
                + " annual_revenue, employees, stage, tier, process_instance_key, created_at, updated_at, version)"
                + " values (?, 'RESELLER', 'DE', ?, ?, 'Bulk Contact', ?, 100000, 10, ?, 'REGISTERED', ?, ?, ?, 0)")) {
      for (int i = 0; i < rows; i++) {
        String domain = "bulk-" + i + ".example";
        partner.setString(1, "Bulk Partner " + i);
        partner.setString(2, "https://www." + domain);
        partner.setString(3, domain);
        partner.setString(4, "contact@" + domain);
        partner.setString(5, stages[i % stages.length]);
        partner.setLong(6, 9_000_000_000L + i);
        partner.setTimestamp(7, now);
        partner.setTimestamp(8, now);
        partner.addBatch();
        if (i % 5000 == 4999) {
          partner.executeBatch();
          db.commit();
        }
      }
      partner.executeBatch();
      db.commit();
    }
    long firstPartner;
    try (Statement query = db.createStatement();
        ResultSet rs = query.executeQuery("select min(id) from partner where company_name like 'Bulk Partner %'")) {
      rs.next();
      firstPartner = rs.getLong(1);
    }
    try (PreparedStatement task =
            db.prepareStatement(
                "insert into user_task (job_key, element_id, element_name, bpmn_process_id, process_definition_key,"
                    + " process_instance_key, partner_id, form_id, state, created_at, version)"
                    + " values (?, 'Task_ApproveApplication', 'Approve application', 'partner-recruitment', 1, ?, ?,"
                    + " 'approve-application', 'CREATED', ?, 0)",
                Statement.RETURN_GENERATED_KEYS);
        PreparedStatement group =
            db.prepareStatement("insert into user_task_candidate_group (user_task_id, group_name) values (?, 'channel-approvers')")) {
      for (int i = 0; i < rows; i++) {
        task.setLong(1, 8_000_000_000L + i);
        task.setLong(2, 9_000_000_000L + i);
        task.setLong(3, firstPartner + i);
        task.setTimestamp(4, now);
        task.addBatch();
        if (i % 5000 == 4999 || i == rows - 1) {
          task.executeBatch();
          try (ResultSet keys = task.getGeneratedKeys()) {
            while (keys.next()) {
              group.setLong(1, keys.getLong(1));
              group.addBatch();
            }
          }
          group.executeBatch();
          db.commit();
        }
      }
    }
    db.setAutoCommit(true);
    try (Statement analyze = db.createStatement()) {
      analyze.execute("analyze");
    }
    return firstPartner;
  }

  /** The plans of the queries behind the list endpoints, as the database would run them. */
  private static String plans(Connection db) throws Exception {
    // The statements the app sends for the measured requests (page and count), as Hibernate writes them.
    String[] queries = {
      "select * from partner where stage = 'ACTIVE' order by stage, id offset 0 rows fetch first 20 rows only",
      "select count(*) from partner where stage = 'ACTIVE'",
      "select * from partner where company_name like 'Bulk Partner 4%' or company_domain like 'Bulk Partner 4%' order by id limit 20",
      "select * from partner where id = 12345",
      "select t.* from user_task t where t.state = 'CREATED' and exists (select 1 from user_task_candidate_group g"
          + " where g.group_name in ('channel-approvers') and t.id = g.user_task_id) and (t.assignee = 'approver' or exists"
          + " (select 1 from user_task_candidate_group g where g.group_name in ('channel-approvers') and t.id = g.user_task_id))"
          + " order by t.state, t.id offset 0 rows fetch first 20 rows only",
      // The inbox counts at most a thousand tasks past the page (TaskSearch.COUNT_CAP).
      "select t.id from user_task t where t.state = 'CREATED' and exists (select 1 from user_task_candidate_group g"
          + " where g.group_name in ('channel-approvers') and t.id = g.user_task_id) and (t.assignee = 'approver' or exists"
          + " (select 1 from user_task_candidate_group g where g.group_name in ('channel-approvers') and t.id = g.user_task_id))"
          + " fetch first 1021 rows only",
      "select * from user_task where partner_id = 12345 and state = 'CREATED' order by id",
    };
    StringBuilder plans = new StringBuilder("Query plans (H2, embedded default):\n");
    try (Statement explain = db.createStatement()) {
      for (String query : queries) {
        try (ResultSet rs = explain.executeQuery("explain " + query)) {
          rs.next();
          plans.append("\n-- ").append(query).append('\n').append(rs.getString(1)).append('\n');
        }
      }
    }
    return plans.toString();
  }
}
