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
 * tasks completed as they appear, resident memory and the heap in use after a full GC sampled
 * every 30 s. At the end every partner must be ACTIVE (no task lost) and no request may have
 * failed; the heap's growth after the first two minutes is reported per lifecycle started, to set
 * against what the embedded default keeps per instance (the Memory benchmark). Not part of the build; run it with
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
      double warmHeap = -1;
      int warmStarted = 0;
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
          double seconds = (System.nanoTime() - begin) / 1e9;
          double heap = Memory.heapAfterGcMb(app);
          if (warmHeap < 0 && seconds >= 120) {
            warmHeap = heap;
            warmStarted = started;
          }
          String sample =
              String.format(
                  Locale.ROOT, "%.0f,%d,%d,%.0f,%.1f,%d",
                  seconds, started, driver.count("ACTIVE"), app.rssMb(), heap, driver.errors.get());
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
      double endHeap = Memory.heapAfterGcMb(app);
      samples.add(
          String.format(
              Locale.ROOT, "%.0f,%d,%d,%.0f,%.1f,%d",
              (System.nanoTime() - begin) / 1e9, started, driver.count("ACTIVE"), app.rssMb(), endHeap, driver.errors.get()));
      Results.write(out, "soak", "seconds,started,active,rss_mb,heap_after_gc_mb,errors", samples.toArray(String[]::new));
      if (warmHeap >= 0 && started > warmStarted) {
        System.out.printf(
            Locale.ROOT,
            "soak: heap after GC %.1f MiB at 2 minutes, %.1f MiB at the end: %.1f KiB per lifecycle started since%n",
            warmHeap, endHeap, (endHeap - warmHeap) * 1024 / (started - warmStarted));
      }
      boolean ok = driver.count("ACTIVE") == started && driver.errors.get() == 0;
      System.out.println(ok ? "soak: every lifecycle reached ACTIVE, no errors" : "soak: FAILED");
      System.exit(ok ? 0 : 1);
    }
  }
}
