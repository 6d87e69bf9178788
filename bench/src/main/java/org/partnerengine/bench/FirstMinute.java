package org.partnerengine.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new user meets: the app as the README's run command starts it (with its class cache),
 * measured from health UP, against the same app once its JIT compilers settled. Two fresh starts:
 * the first takes applications at a fixed rate for its first minute; the second runs its first
 * lifecycles, then warms up, then runs as many lifecycles again and takes applications for a
 * minute at the same rate, warm.
 *
 * <p>Arguments: output directory, the launcher, the packaged jar, lifecycles (1 000), client
 * threads (8), applications per second (50), most warm-up lifecycles (3 000).
 */
public final class FirstMinute {

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path launcher = Path.of(args[1]);
    Path jar = Path.of(args[2]);
    int lifecycles = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
    int threads = args.length > 4 ? Integer.parseInt(args[4]) : 8;
    int rate = args.length > 5 ? Integer.parseInt(args[5]) : 50;
    int maxWarmup = args.length > 6 ? Integer.parseInt(args[6]) : 3000;
    Path work = out.resolve("first-minute");
    List<String> command = StartupTime.command(launcher, jar, work.resolve("run"), true);
    List<String> rows = new ArrayList<>();

    String firstStarts;
    try (BenchApp app = BenchApp.startAsRun(command, work.resolve("starts"))) {
      firstStarts = applications(app, rate, "first minute");
    }
    rows.add(firstStarts);

    try (BenchApp app = BenchApp.startAsRun(command, work.resolve("lifecycles"))) {
      LifecycleDriver driver = new LifecycleDriver(app);
      CpuTime before = app.cpuTime();
      double firstSeconds = driver.run(lifecycles, threads, Duration.ofMinutes(30));
      CpuTime firstCpu = app.cpuTime().since(before);
      int warmup = Warmup.untilCompiled("app, lifecycles", app.process.pid(), 100, maxWarmup, batch -> driver.run(batch, threads, Duration.ofMinutes(20)));
      before = app.cpuTime();
      double steadySeconds = driver.run(lifecycles, threads, Duration.ofMinutes(30));
      CpuTime steadyCpu = app.cpuTime().since(before);
      String warmStarts = applications(app, rate, "warm");
      rows.add(warmStarts);

      double first = lifecycles / firstSeconds;
      double steady = lifecycles / steadySeconds;
      double firstP99 = p99(firstStarts);
      double warmP99 = p99(warmStarts);
      System.out.printf(
          Locale.ROOT,
          "first-minute: first %d lifecycles %.2f/s (%.0f ms of CPU each, %.1f %% in the JIT compilers); after %d warm-up lifecycles %.2f/s"
              + " (%.0f ms, %.1f %%): the first are %.2fx slower; applications at %d/s, p99 %.1f ms in the first minute against %.1f ms warm"
              + " (%.2fx); %d errors%n",
          lifecycles, first, firstCpu.seconds() * 1000 / lifecycles, firstCpu.compilerShare() * 100, warmup, steady,
          steadyCpu.seconds() * 1000 / lifecycles, steadyCpu.compilerShare() * 100, steady / first, rate, firstP99, warmP99,
          firstP99 / warmP99, driver.errors.get());
      Results.write(out, "first-minute-lifecycles",
          "phase,lifecycles,seconds,lifecycles_per_second,app_cpu_ms_per_lifecycle,app_cpu_in_jit_compilers",
          String.format(Locale.ROOT, "first,%d,%.1f,%.2f,%.0f,%.3f", lifecycles, firstSeconds, first,
              firstCpu.seconds() * 1000 / lifecycles, firstCpu.compilerShare()),
          String.format(Locale.ROOT, "warm (after %d),%d,%.1f,%.2f,%.0f,%.3f", warmup, lifecycles, steadySeconds, steady,
              steadyCpu.seconds() * 1000 / lifecycles, steadyCpu.compilerShare()));
    }
    Results.write(out, "first-minute-starts", "name,rate,requests,errors,p50_ms,p95_ms,p99_ms,max_ms",
        rows.stream().map(row -> row.replace(",{rows}", "")).toArray(String[]::new));
    System.exit(0);
  }

  /** Applications for a minute at a fixed rate; they score in the review band, so each then waits for its approver. */
  private static String applications(BenchApp app, int rate, String when) throws Exception {
    return FixedRate.measure("first-minute", "POST /api/applications (" + when + ")", rate, 60,
        () -> app.send("POST", "/api/applications", null, LifecycleDriver.applicationForReview()));
  }

  /** The p99 of a {@link FixedRate} row. */
  private static double p99(String row) {
    String[] fields = row.split(",");
    return Double.parseDouble(fields[fields.length - 2]);
  }
}
