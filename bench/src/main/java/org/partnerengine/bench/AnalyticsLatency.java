package org.partnerengine.bench;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * p50/p95/p99/max of the analytics endpoints at a fixed request rate, after a generated history of
 * partners is bulk-inserted straight into the tables the analytics read: stage history over
 * eighteen months, deals won, lost and open with revenue, certificates, paid MDF, tier changes,
 * closed and open user tasks of several types and open attention reasons. Latency is measured from
 * the moment a request was due, so a slow answer cannot hide the requests queued behind it. Writes
 * the H2 plans of the queries behind each endpoint to {@code analytics-latency-plans.txt}.
 *
 * <p>Arguments: output directory, app jar, then optionally partners (default 100000), requests per
 * second (50), seconds per endpoint (20), app heap in MiB (512).
 */
public final class AnalyticsLatency {

  static final String[] JOURNEY = {"RECRUIT", "ONBOARD", "ENABLE", "CERTIFY", "ACTIVE"};
  // Days a visit to each journey stage lasts: at least the first, up to the first + the second.
  static final int[][] STAGE_DAYS = {{1, 20}, {5, 40}, {5, 60}, {5, 60}};
  static final String[] TIERS = {"REGISTERED", "SILVER", "GOLD", "PLATINUM"};

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path jar = Path.of(args[1]);
    int partners = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
    int rate = args.length > 3 ? Integer.parseInt(args[3]) : 50;
    int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
    int heapMb = args.length > 5 ? Integer.parseInt(args[5]) : 512;

    try (BenchApp app = BenchApp.start(jar, out.resolve("analytics-latency"), heapMb)) {
      long firstPartner;
      String plans;
      List<String> results = new ArrayList<>();
      try (Connection db = DriverManager.getConnection(app.jdbcUrl, "sa", "")) {
        long loadStarted = System.nanoTime();
        Loaded loaded = new Generator(db, partners, Instant.now()).load();
        firstPartner = loaded.firstPartner;
        System.out.printf(
            Locale.ROOT, "analytics-latency: loaded %s in %.1f s%n", loaded.summary, (System.nanoTime() - loadStarted) / 1e9);
        // The visits are derived from the history by the app: in a read (before V72), or by its
        // schedule (from V72 on), whose first run after the load this waits for.
        if (derivesOnSchedule(db)) {
          // The load wrote past history after the schedule had caught up to now, which the catch-up
          // does not look back for: cleared, as after any import of past history, so that the next
          // run derives it all.
          // Every partner's first entry starts its first visit; every later one ends a visit.
          long expected = count(db, "select count(*) from partner_event where type = 'STAGE_ENTERED'") - partners;
          waitForStageVisits(db);
          long waited = System.nanoTime();
          long visits = 0;
          // A catch-up running while they are cleared could start its watermark over: then again.
          for (int attempt = 0; attempt < 3 && visits != expected; attempt++) {
            try (Statement clear = db.createStatement()) {
              clear.execute("delete from stage_visit");
              clear.execute("delete from stage_day");
            }
            waited = System.nanoTime();
            visits = waitForStageVisits(db);
          }
          System.out.printf(Locale.ROOT, "analytics-latency: the app's scheduled catch-up derived %d stage visits (of %d) %.0f s after they were cleared%n",
              visits, expected, (System.nanoTime() - waited) / 1e9);
        }
        long first = System.nanoTime();
        int status = sendWaiting(app, "/api/analytics/stages").statusCode();
        double firstMs = (System.nanoTime() - first) / 1e6;
        System.out.printf(Locale.ROOT, "analytics-latency: first GET /api/analytics/stages after the load: %d in %.0f ms%n", status, firstMs);
        results.add(String.format(Locale.ROOT, "first GET /api/analytics/stages after load,%d,1,1,%d,%.1f,%.1f,%.1f,%.1f",
            partners, status == 200 ? 0 : 1, firstMs, firstMs, firstMs, firstMs));
        plans = plans(db, firstPartner + partners / 2);
        Files.createDirectories(out);
        Files.writeString(out.resolve("analytics-latency-plans.txt"), plans);
      }
      long first = firstPartner;
      String[] paths = {
        "/api/analytics/stages",
        "/api/analytics/stages/timeline",
        "/api/analytics/tasks",
        "/api/analytics/forecast",
        "/api/analytics/attention?kind=AT_RISK",
        "/api/analytics/attention?kind=READY_TO_GROW",
      };
      // Warm-up: every endpoint a few times, so the JIT and the caches have seen them. An endpoint
      // that takes over a second alone (the fastest of three) is not driven at the rate (the requests would only queue up
      // behind each other for minutes): its row gives three requests one after the other instead.
      List<String> slow = new ArrayList<>();
      for (String path : paths) {
        // The fastest of three: the first may compute an answer the later ones reuse.
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
          long started = System.nanoTime();
          check(sendWaiting(app, path), path);
          fastest = Math.min(fastest, System.nanoTime() - started);
        }
        if (fastest >= 1_000_000_000L) {
          slow.add(path);
        }
      }
      for (int i = 0; i < 20; i++) {
        for (String path : paths) {
          if (!slow.contains(path)) {
            check(app.send("GET", path, "manager", null), path);
          }
        }
        check(app.send("GET", "/api/partners/" + (first + i) + "/scorecard", "manager", null), "scorecard");
        check(app.send("GET", "/api/partners/" + (first + i) + "/forecast", "manager", null), "forecast");
      }
      for (String path : paths) {
        results.add(
            slow.contains(path)
                ? FixedRate.sequential("analytics-latency", "GET " + path, 3, () -> sendWaiting(app, path))
                : FixedRate.measure("analytics-latency", "GET " + path, rate, seconds, () -> app.send("GET", path, "manager", null)));
      }
      results.add(
          FixedRate.measure("analytics-latency", "GET /api/partners/{id}/scorecard", rate, seconds,
              () -> app.send("GET", "/api/partners/" + (first + ThreadLocalRandom.current().nextLong(partners)) + "/scorecard", "manager", null)));
      results.add(
          FixedRate.measure("analytics-latency", "GET /api/partners/{id}/forecast", rate, seconds,
              () -> app.send("GET", "/api/partners/" + (first + ThreadLocalRandom.current().nextLong(partners)) + "/forecast", "manager", null)));
      Results.write(
          out,
          "analytics-latency",
          "endpoint,partners,rate_per_second,requests,errors,p50_ms,p95_ms,p99_ms,max_ms",
          results.stream().map(r -> r.replace("{rows}", Integer.toString(partners))).toArray(String[]::new));
      System.out.println(plans);
    }
    System.exit(0);
  }

  private static long count(Connection db, String sql) throws Exception {
    try (Statement query = db.createStatement(); ResultSet rs = query.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static boolean derivesOnSchedule(Connection db) throws Exception {
    try (Statement query = db.createStatement();
        ResultSet rs = query.executeQuery("select count(*) from information_schema.tables where lower(table_name) = 'stage_day'")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  /** Until stage_visit has rows and their count stays the same for five seconds (ten minutes at most). */
  private static long waitForStageVisits(Connection db) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    long last = -1;
    while (System.nanoTime() < deadline) {
      long now;
      try (Statement query = db.createStatement(); ResultSet rs = query.executeQuery("select count(*) from stage_visit")) {
        rs.next();
        now = rs.getLong(1);
      }
      if (now > 0 && now == last) {
        return now;
      }
      last = now;
      Thread.sleep(5000);
    }
    return last;
  }

  /**
   * A GET that may take longer than the client's 30 s timeout (BenchApp's): waited for up to ten
   * minutes, not repeated, so a slow endpoint is not asked again while it still works on the first.
   */
  private static HttpResponse<String> sendWaiting(BenchApp app, String path) throws Exception {
    return app.send("GET", path, "manager", null, Duration.ofMinutes(10));
  }


  private static void check(HttpResponse<String> response, String what) {
    if (response.statusCode() >= 400) {
      throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
    }
  }

  record Loaded(long firstPartner, String summary) {}

  /**
   * A generated programme: partners created over the last eighteen months walk the journey
   * (some rejected, a few offboarded, active ones re-certify), active partners register deals
   * (closed ones won, lost, expired or rejected; recent ones open), certify, draw MDF and change
   * tier; the inbox holds the tasks those steps made, completed, canceled or still open.
   */
  static final class Generator {
    private static final int BATCH = 5000;

    private final Connection db;
    private final int partners;
    private final Instant now;
    private final Random random = new Random(8);
    private long sequence;
    private final PreparedStatement event;
    private final PreparedStatement deal;
    private final PreparedStatement certificate;
    private final PreparedStatement mdf;
    private final PreparedStatement tierChange;
    private final PreparedStatement task;
    private final PreparedStatement attention;
    private final List<long[]> paidMdf = new ArrayList<>();
    private final long[] counts = new long[8];

    Generator(Connection db, int partners, Instant now) throws Exception {
      this.db = db;
      this.partners = partners;
      this.now = now;
      this.event =
          db.prepareStatement(
              "insert into partner_event (partner_id, occurred_at, type, stage, actor, detail, idempotency_key)"
                  + " values (?, ?, ?, ?, 'system', null, ?)");
      this.deal =
          db.prepareStatement(
              "insert into deal (partner_id, customer_name, customer_domain, amount, currency, expected_close_date, status,"
                  + " protection_extended, outcome_amount, registered_at, updated_at, version)"
                  + " values (?, ?, ?, ?, 'EUR', ?, ?, false, ?, ?, ?, 0)");
      this.certificate =
          db.prepareStatement(
              "insert into certificate (partner_id, exam_id, certification_cycle, status, issued_at, expires_at, version)"
                  + " values (?, 'sales-foundations', ?, ?, ?, ?, 0)");
      this.mdf =
          db.prepareStatement(
              "insert into mdf_request (partner_id, region_id, tier, activity, amount, planned_date, budget_quarter, status,"
                  + " reserved_amount, requested_at, updated_at, version) values (?, (select id from region where catch_all),"
                  + " ?, 'Event', ?, ?, '2026-Q1', ?, ?, ?, ?, 0)",
              Statement.RETURN_GENERATED_KEYS);
      this.tierChange =
          db.prepareStatement(
              "insert into tier_change (partner_id, review_key, from_tier, to_tier, proposed_tier, outcome, reason,"
                  + " review_trigger, decided_by, decided_at) values (?, ?, ?, ?, ?, 'UPGRADED', ?, 'SCHEDULED', 'rules', ?)");
      this.task =
          db.prepareStatement(
              "insert into user_task (job_key, element_id, bpmn_process_id, process_definition_key, process_instance_key,"
                  + " partner_id, due_date, state, created_at, completed_at, canceled_at, version)"
                  + " values (?, ?, 'generated', 1, ?, ?, ?, ?, ?, ?, ?, 0)");
      this.attention =
          db.prepareStatement(
              "insert into partner_attention (partner_id, reason, kind, status, round, raised_at, version)"
                  + " values (?, ?, ?, 'OPEN', 1, ?, 0)");
    }

    Loaded load() throws Exception {
      db.setAutoCommit(false);
      long firstPartner = insertPartnersPlaceholder();
      for (int i = 0; i < partners; i++) {
        history(firstPartner + i);
        if (i % 2000 == 1999) {
          flush();
        }
        if (i % 20_000 == 19_999) {
          System.out.printf(Locale.ROOT, "analytics-latency: %d partners with their history loaded%n", i + 1);
        }
      }
      flush();
      payouts();
      db.setAutoCommit(true);
      try (Statement analyze = db.createStatement()) {
        analyze.execute("analyze");
      }
      return new Loaded(
          firstPartner,
          String.format(
              Locale.ROOT,
              "%d partners, %d history entries, %d deals, %d certificates, %d MDF requests, %d tier changes, %d user tasks, %d attention reasons",
              partners, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]));
    }

    /** The partners first (their final stage and tier are set by their history below). */
    private long insertPartnersPlaceholder() throws Exception {
      try (PreparedStatement partner =
          db.prepareStatement(
              "insert into partner (company_name, partner_type, country, website, company_domain, contact_name, contact_email,"
                  + " annual_revenue, employees, stage, tier, process_instance_key, created_at, updated_at, version)"
                  + " values (?, 'RESELLER', 'DE', ?, ?, 'Bulk Contact', ?, 100000, 10, 'RECRUIT', 'REGISTERED', ?, ?, ?, 0)")) {
        Timestamp at = ts(now);
        for (int i = 0; i < partners; i++) {
          String domain = "analytics-" + i + ".example";
          partner.setString(1, "Analytics Partner " + i);
          partner.setString(2, "https://www." + domain);
          partner.setString(3, domain);
          partner.setString(4, "contact@" + domain);
          partner.setLong(5, 9_000_000_000L + i);
          partner.setTimestamp(6, at);
          partner.setTimestamp(7, at);
          partner.addBatch();
          if (i % BATCH == BATCH - 1) {
            partner.executeBatch();
            db.commit();
          }
        }
        partner.executeBatch();
        db.commit();
      }
      try (Statement query = db.createStatement();
          ResultSet rs = query.executeQuery("select min(id) from partner where company_name like 'Analytics Partner %'")) {
        rs.next();
        return rs.getLong(1);
      }
    }

    private final List<Object[]> partnerUpdates = new ArrayList<>();

    private void history(long partnerId) throws Exception {
      Instant created = now.minus(Duration.ofMinutes(random.nextLong(540L * 24 * 60)));
      Instant at = created;
      String stage = "RECRUIT";
      Instant activeSince = null;
      event(partnerId, "APPLICATION_RECEIVED", "RECRUIT", at);
      // The application approval task: done within days, or still open for a partner still in RECRUIT.
      boolean rejected = random.nextInt(10) == 0;
      for (int s = 0; s < JOURNEY.length; s++) {
        stage = JOURNEY[s];
        stageEntered(partnerId, stage, at);
        if (s == JOURNEY.length - 1) {
          activeSince = at;
          break;
        }
        Instant left = at.plus(days(STAGE_DAYS[s][0], STAGE_DAYS[s][1]));
        if (s == 0) {
          Instant decided = left.isAfter(now) ? null : left.minus(Duration.ofHours(random.nextInt(20)));
          task(partnerId, "Task_ApproveApplication", at, at.plus(Duration.ofDays(5)), decided, false);
        }
        if (s == 1) {
          task(partnerId, "Task_HoldKickoffCall", at, at.plus(Duration.ofDays(10)), left.isAfter(now) ? null : left, false);
        }
        if (left.isAfter(now)) {
          break;
        }
        if (s == 0 && rejected) {
          stage = "REJECTED";
          stageEntered(partnerId, stage, left);
          break;
        }
        if (s == 1) {
          event(partnerId, "TRAINING_COMPLETED", stage, left.minus(Duration.ofHours(2)));
        }
        at = left;
      }
      String tier = "REGISTERED";
      if (activeSince != null) {
        // Active partners re-certify now and then, and a few leave the programme.
        Instant t = activeSince;
        while (true) {
          Instant recertify = t.plus(days(120, 240));
          if (recertify.isAfter(now)) {
            break;
          }
          stageEntered(partnerId, "CERTIFY", recertify);
          task(partnerId, "Task_ReviewFailedCertification", recertify, recertify.plus(Duration.ofDays(7)),
              random.nextInt(5) == 0 ? null : recertify.plus(Duration.ofHours(4 + random.nextInt(100))), random.nextInt(10) == 0);
          Instant back = recertify.plus(days(3, 20));
          if (back.isAfter(now)) {
            stage = "CERTIFY";
            break;
          }
          stageEntered(partnerId, "ACTIVE", back);
          t = back;
        }
        if ("ACTIVE".equals(stage) && random.nextInt(30) == 0) {
          Instant off = t.plus(days(10, 60));
          if (off.isBefore(now)) {
            stage = "OFFBOARDED";
            stageEntered(partnerId, stage, off);
          }
        }
        tier = TIERS[Math.min(3, random.nextInt(6) / 2 + (random.nextInt(8) == 0 ? 1 : 0))];
        business(partnerId, activeSince, tier);
      }
      partnerUpdates.add(new Object[] {stage, tier, ts(created), partnerId});
      attention(partnerId, stage, at);
    }

    /** Deals, certificates, MDF and the tier of a partner active since {@code since}. */
    private void business(long partnerId, Instant since, String tier) throws Exception {
      double level = 5_000 + random.nextInt(60_000);
      int spacing = 15 + random.nextInt(45);
      for (Instant registered = since.plus(days(1, spacing)); registered.isBefore(now); registered = registered.plus(days(spacing / 2, spacing))) {
        long age = Duration.between(registered, now).toDays();
        BigDecimal amount = BigDecimal.valueOf(Math.round(level * (0.3 + random.nextDouble() * 1.4)));
        LocalDate expected = LocalDate.ofInstant(registered, ZoneOffset.UTC).plusDays(30 + random.nextInt(90));
        Instant closed = registered.plus(days(10, 100));
        String status;
        BigDecimal outcome = null;
        if (closed.isAfter(now) || age < 20) {
          status = random.nextInt(3) == 0 ? "REGISTERED" : "APPROVED";
          closed = null;
        } else {
          int r = random.nextInt(100);
          status = r < 45 ? "WON" : r < 80 ? "LOST" : r < 90 ? "EXPIRED" : "REJECTED";
          if ("WON".equals(status) && random.nextBoolean()) {
            outcome = amount.multiply(BigDecimal.valueOf(80 + random.nextInt(40))).divide(BigDecimal.valueOf(100));
          }
        }
        long n = ++sequence;
        deal.setLong(1, partnerId);
        deal.setString(2, "Customer " + n);
        deal.setString(3, "customer" + n + ".example");
        deal.setBigDecimal(4, amount);
        deal.setDate(5, Date.valueOf(expected));
        deal.setString(6, status);
        deal.setBigDecimal(7, outcome);
        deal.setTimestamp(8, ts(registered));
        deal.setTimestamp(9, ts(closed == null ? registered : closed));
        deal.addBatch();
        counts[1]++;
        if (random.nextInt(10) == 0) {
          task(partnerId, "Task_ResolveDealConflict", registered, registered.plus(Duration.ofDays(3)),
              closed == null ? null : registered.plus(Duration.ofHours(1 + random.nextInt(70))), false);
        }
      }
      // A certificate per certification cycle: the latest active, the older ones expired.
      Instant issued = since.minus(Duration.ofDays(1));
      int cycle = 1;
      while (true) {
        Instant expires = issued.plus(Duration.ofDays(365));
        boolean expired = expires.isBefore(now);
        certificate.setLong(1, partnerId);
        certificate.setInt(2, cycle);
        certificate.setString(3, expired ? "EXPIRED" : "ACTIVE");
        certificate.setTimestamp(4, ts(issued));
        certificate.setTimestamp(5, ts(expires));
        certificate.addBatch();
        counts[2]++;
        if (!expired) {
          break;
        }
        issued = expires;
        cycle++;
      }
      if (random.nextInt(5) == 0) {
        for (int m = 1 + random.nextInt(3); m > 0; m--) {
          Instant requested = since.plus(Duration.ofMinutes(random.nextLong(Math.max(1, Duration.between(since, now).toMinutes()))));
          LocalDate planned = LocalDate.ofInstant(requested, ZoneOffset.UTC).plusDays(20 + random.nextInt(40));
          boolean paid = planned.plusDays(30).isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC)) && random.nextInt(4) != 0;
          mdf.setLong(1, partnerId);
          mdf.setString(2, tier);
          BigDecimal amount = BigDecimal.valueOf(1_000 + random.nextInt(20_000));
          mdf.setBigDecimal(3, amount);
          mdf.setDate(4, Date.valueOf(planned));
          mdf.setString(5, paid ? "PAID" : "RESERVED");
          mdf.setBigDecimal(6, amount);
          mdf.setTimestamp(7, ts(requested));
          mdf.setTimestamp(8, ts(requested));
          mdf.executeUpdate();
          counts[3]++;
          if (paid) {
            try (ResultSet keys = mdf.getGeneratedKeys()) {
              keys.next();
              paidMdf.add(new long[] {keys.getLong(1), amount.longValue(), planned.plusDays(45).toEpochDay()});
            }
          }
          Instant paidOrNot = paid ? requested.plus(Duration.ofDays(60)) : null;
          task(partnerId, "Task_ApproveMdfChannel", requested, requested.plus(Duration.ofDays(5)),
              paid || random.nextBoolean() ? requested.plus(Duration.ofHours(2 + random.nextInt(90))) : null, false);
          if (paidOrNot != null) {
            task(partnerId, "Task_VerifyMdfClaim", paidOrNot.minus(Duration.ofDays(10)), paidOrNot, paidOrNot, false);
          }
        }
      }
      if (!"REGISTERED".equals(tier)) {
        tierChange.setLong(1, partnerId);
        tierChange.setLong(2, ++sequence);
        tierChange.setString(3, "REGISTERED");
        tierChange.setString(4, tier);
        tierChange.setString(5, tier);
        tierChange.setString(6, "revenue past the " + tier + " threshold");
        tierChange.setTimestamp(7, ts(since.plus(Duration.ofDays(90))));
        tierChange.addBatch();
        counts[4]++;
      }
    }

    /** Open attention reasons: a share of the working partners, as the daily review would leave them. */
    private void attention(long partnerId, String stage, Instant enteredAt) throws Exception {
      int r = random.nextInt(100);
      String reason = null;
      if ("ONBOARD".equals(stage) && Duration.between(enteredAt, now).toDays() > 30) {
        reason = "ONBOARDING_STALLED";
      } else if ("ACTIVE".equals(stage) && r < 8) {
        reason = "NO_RECENT_DEALS";
      } else if ("ACTIVE".equals(stage) && r < 12) {
        reason = "CERTIFICATE_EXPIRING";
      } else if ("ACTIVE".equals(stage) && r < 16) {
        reason = "REVENUE_PAST_NEXT_TIER";
      }
      if (reason == null) {
        return;
      }
      attention.setLong(1, partnerId);
      attention.setString(2, reason);
      attention.setString(3, "REVENUE_PAST_NEXT_TIER".equals(reason) ? "READY_TO_GROW" : "AT_RISK");
      attention.setTimestamp(4, ts(now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)))));
      attention.addBatch();
      counts[6]++;
      if (random.nextInt(3) == 0) {
        task(partnerId, "Task_FollowUpPartner", now.minus(Duration.ofDays(random.nextInt(10))), now.plus(Duration.ofDays(3)), null, false);
      }
    }

    private void stageEntered(long partnerId, String stage, Instant at) throws Exception {
      event(partnerId, "STAGE_ENTERED", stage, at);
    }

    private void event(long partnerId, String type, String stage, Instant at) throws Exception {
      event.setLong(1, partnerId);
      event.setTimestamp(2, ts(at));
      event.setString(3, type);
      event.setString(4, stage);
      event.setString(5, "bench:" + (++sequence));
      event.addBatch();
      counts[0]++;
    }

    /** A task: open when {@code completedAt} is null (or canceled when {@code canceled}). */
    private void task(long partnerId, String elementId, Instant created, Instant due, Instant completedAt, boolean canceled)
        throws Exception {
      long key = 7_000_000_000L + (++sequence);
      task.setLong(1, key);
      task.setString(2, elementId);
      task.setLong(3, key);
      task.setLong(4, partnerId);
      task.setTimestamp(5, ts(due));
      String state = canceled ? "CANCELED" : completedAt == null ? "CREATED" : "COMPLETED";
      task.setString(6, state);
      task.setTimestamp(7, ts(created));
      task.setTimestamp(8, "COMPLETED".equals(state) ? ts(completedAt) : null);
      task.setTimestamp(9, canceled ? ts(completedAt == null ? created.plus(Duration.ofDays(1)) : completedAt) : null);
      task.addBatch();
      counts[5]++;
    }

    private void flush() throws Exception {
      try (PreparedStatement update = db.prepareStatement("update partner set stage = ?, tier = ?, created_at = ?, updated_at = ? where id = ?")) {
        for (Object[] u : partnerUpdates) {
          update.setString(1, (String) u[0]);
          update.setString(2, (String) u[1]);
          update.setTimestamp(3, (Timestamp) u[2]);
          update.setTimestamp(4, (Timestamp) u[2]);
          update.setLong(5, (Long) u[3]);
          update.addBatch();
        }
        update.executeBatch();
      }
      partnerUpdates.clear();
      for (PreparedStatement batch : List.of(event, deal, certificate, tierChange, task, attention)) {
        batch.executeBatch();
      }
      db.commit();
    }

    private void payouts() throws Exception {
      try (PreparedStatement payout = db.prepareStatement("insert into mdf_payout (mdf_request_id, amount, paid_at) values (?, ?, ?)")) {
        for (long[] p : paidMdf) {
          payout.setLong(1, p[0]);
          payout.setBigDecimal(2, BigDecimal.valueOf(p[1]));
          payout.setTimestamp(3, Timestamp.valueOf(LocalDate.ofEpochDay(p[2]).atStartOfDay()));
          payout.addBatch();
        }
        payout.executeBatch();
        db.commit();
      }
    }

    private Duration days(int min, int spread) {
      return Duration.ofMinutes(min * 1440L + random.nextLong(Math.max(1, spread) * 1440L));
    }
  }

  /** UTC wall clock, as the app stores instants. */
  static Timestamp ts(Instant at) {
    return at == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
  }

  /** The plans of the queries behind each endpoint, as H2 runs them (literal values for the parameters). */
  static String plans(Connection db, long partnerId) throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String from = "timestamp '" + today.minusDays(90) + " 00:00:00'";
    String to = "timestamp '" + today.plusDays(1) + " 00:00:00'";
    LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
    // The last complete quarter (history), and the next one (the pipeline).
    String quarterStart = "timestamp '" + quarter.minusMonths(3) + " 00:00:00'";
    String quarterEnd = "timestamp '" + quarter + " 00:00:00'";
    String nextStart = "date '" + quarter.plusMonths(3) + "'";
    String nextEnd = "date '" + quarter.plusMonths(6) + "'";
    String id = Long.toString(partnerId);
    String[][] queries = {
      {"GET /api/analytics/stages", "select stage, count(*) as partners from partner group by stage"},
      {"GET /api/analytics/stages", "select stage, entered_at, left_at from stage_visit where left_at >= " + from + " and left_at < " + to},
      {"GET /api/analytics/stages", "select max(left_at) as last_left from stage_visit"},
      {"GET /api/analytics/stages",
        "select n.id, n.partner_id, p.stage, p.occurred_at, n.occurred_at from partner_event n join partner_event p on p.id = ("
            + " select p2.id from partner_event p2 where p2.type = 'STAGE_ENTERED' and p2.partner_id = n.partner_id"
            + " and (p2.occurred_at < n.occurred_at or (p2.occurred_at = n.occurred_at and p2.id < n.id))"
            + " order by p2.occurred_at desc, p2.id desc limit 1)"
            + " where n.type = 'STAGE_ENTERED' and n.occurred_at >= " + to},
      {"GET /api/analytics/stages/timeline",
        "select stage, occurred_at as entered_at, lead(occurred_at) over (partition by partner_id order by occurred_at, id) as left_at"
            + " from partner_event where type = 'STAGE_ENTERED' and occurred_at < " + to},
      {"GET /api/analytics/stages/timeline", "select on_day, stage, entered, exited from stage_day where on_day < date '" + today + "'"},
      {"GET /api/analytics/stages/timeline",
        "select stage, count(*) from partner_event where type = 'STAGE_ENTERED' and occurred_at >= " + from + " and occurred_at <= " + from
            + " group by stage"},
      {"GET /api/analytics/stages/timeline",
        "select stage, count(*) from stage_visit where left_at >= " + from + " and left_at <= " + from + " group by stage"},
      {"GET /api/analytics/tasks",
        "select element_id, count(*) as open_tasks, sum(case when due_date < " + to + " then 1 else 0 end) as overdue_tasks"
            + " from user_task where state = 'CREATED' group by element_id"},
      {"GET /api/analytics/tasks",
        "select element_id, created_at, completed_at from user_task where state = 'COMPLETED' and completed_at >= " + from},
      {"GET /api/analytics/forecast",
        "select coalesce(sum(coalesce(outcome_amount, amount)), 0) from deal where status = 'WON' and updated_at >= " + quarterStart
            + " and updated_at < " + quarterEnd + " and registered_at < " + quarterStart},
      {"GET /api/analytics/forecast",
        "select sum(case when status = 'WON' then 1 else 0 end) as won, count(*) as closed from deal"
            + " where status in ('WON', 'LOST') and updated_at >= " + quarterStart + " and updated_at < " + to},
      {"GET /api/analytics/forecast",
        "select coalesce(sum(amount), 0) from deal where expected_close_date >= " + nextStart
            + " and expected_close_date < " + nextEnd + " and registered_at < " + to
            + " and (status in ('REGISTERED', 'APPROVED') or updated_at >= " + to + ")"},
      {"GET /api/analytics/attention?kind=",
        "select * from partner_attention where status = 'OPEN' and kind = 'AT_RISK' order by raised_at, id limit 20"},
      {"GET /api/analytics/attention?kind=", "select count(*) from partner_attention where status = 'OPEN' and kind = 'AT_RISK'"},
      {"GET /api/partners/{id}/scorecard",
        "select occurred_at from partner_event where type = 'STAGE_ENTERED' and partner_id = " + id + " order by occurred_at desc, id desc limit 1"},
      {"GET /api/partners/{id}/scorecard", "select reason from tier_change where partner_id = " + id + " order by decided_at desc, id desc limit 1"},
      {"GET /api/partners/{id}/scorecard",
        "select count(*) from certificate where partner_id = " + id + " and status = 'ACTIVE' and expires_at > " + to},
      {"GET /api/partners/{id}/scorecard",
        "select coalesce(sum(p.amount), 0) from mdf_payout p join mdf_request r on r.id = p.mdf_request_id where r.partner_id = " + id},
      {"GET /api/partners/{id}/scorecard",
        "select count(*) from deal where partner_id = " + id + " and registered_at >= " + from + " and registered_at < " + to},
      {"GET /api/partners/{id}/scorecard",
        "select count(*) from deal where partner_id = " + id + " and status = 'WON' and updated_at >= " + from + " and updated_at < " + to},
      {"GET /api/partners/{id}/scorecard",
        "select coalesce(outcome_amount, amount) as revenue, updated_at from deal where partner_id = " + id + " and status = 'WON'"},
      {"GET /api/partners/{id}/forecast",
        "select coalesce(sum(amount), 0) from deal where expected_close_date >= " + nextStart
            + " and expected_close_date < " + nextEnd + " and registered_at < " + to
            + " and (status in ('REGISTERED', 'APPROVED') or updated_at >= " + to + ") and partner_id = " + id},
    };
    StringBuilder plans = new StringBuilder("Query plans of the analytics endpoints (H2, the app's database):\n");
    try (Statement explain = db.createStatement()) {
      for (String[] query : queries) {
        plans.append("\n-- ").append(query[0]).append(": ").append(query[1]).append('\n');
        try (ResultSet rs = explain.executeQuery("explain " + query[1])) {
          rs.next();
          plans.append(rs.getString(1)).append('\n');
        } catch (java.sql.SQLException e) {
          // A query of another version of the app (a table it does not have).
          plans.append("(not in this version: ").append(e.getMessage().lines().findFirst().orElse("")).append(")\n");
        }
      }
    }
    return plans.toString();
  }
}
