package org.partnerengine.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A bounded soak: partner lifecycles started at a fixed rate for a fixed time, the onboarding
 * tasks completed as they appear, resident memory sampled every 30 s. At the end every partner
 * must be ACTIVE (no task lost) and no request may have failed. Not part of the build; run it with
 * the command in the README.
 *
 * <p>Arguments: output directory, app jar, then optionally lifecycles per second (default 2),
 * minutes (10), heap in MiB (512).
 */
public final class Soak {

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path jar = Path.of(args[1]);
    double rate = args.length > 2 ? Double.parseDouble(args[2]) : 2;
    int minutes = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    int heapMb = args.length > 4 ? Integer.parseInt(args[4]) : 512;

    List<String> samples = new ArrayList<>();
    int started = 0;
    try (BenchApp app = BenchApp.start(jar, out.resolve("soak"), heapMb)) {
      LifecycleDriver driver = new LifecycleDriver(app);
      ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
      long begin = System.nanoTime();
      long end = begin + Duration.ofMinutes(minutes).toNanos();
      long periodNanos = (long) (1e9 / rate);
      long nextSample = begin;
      while (System.nanoTime() < end) {
        long due = begin + started * periodNanos;
        if (System.nanoTime() >= due) {
          started++;
          clients.submit(
              () -> {
                try {
                  driver.apply();
                } catch (Exception e) {
                  driver.errors.incrementAndGet();
                }
                return null;
              });
        }
        if (System.nanoTime() >= nextSample) {
          String sample =
              String.format(
                  Locale.ROOT, "%.0f,%d,%d,%.0f,%d",
                  (System.nanoTime() - begin) / 1e9, started, driver.count("ACTIVE"), app.rssMb(), driver.errors.get());
          System.out.println("soak: " + sample);
          samples.add(sample);
          nextSample += Duration.ofSeconds(30).toNanos();
          driver.completeOpenTasks();
        }
        Thread.sleep(10);
      }
      clients.shutdown();
      clients.awaitTermination(1, TimeUnit.MINUTES);
      long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
      while (driver.count("ACTIVE") < started && System.nanoTime() < deadline) {
        driver.completeOpenTasks();
        Thread.sleep(200);
      }
      samples.add(
          String.format(
              Locale.ROOT, "%.0f,%d,%d,%.0f,%d",
              (System.nanoTime() - begin) / 1e9, started, driver.count("ACTIVE"), app.rssMb(), driver.errors.get()));
      Results.write(out, "soak", "seconds,started,active,rss_mb,errors", samples.toArray(String[]::new));
      boolean ok = driver.count("ACTIVE") == started && driver.errors.get() == 0;
      System.out.println(ok ? "soak: every lifecycle reached ACTIVE, no errors" : "soak: FAILED");
      System.exit(ok ? 0 : 1);
    }
  }
}
