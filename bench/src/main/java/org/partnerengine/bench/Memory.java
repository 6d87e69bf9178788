package org.partnerengine.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Resident memory of the embedded default (one process: API, workers, engine, H2) inside a
 * bounded heap: after start, after a warm-up, and after N more lifecycles; the growth per
 * lifecycle is what the engine's state and the database add.
 *
 * <p>Arguments: output directory, app jar, then optionally lifecycles (default 300; the issue's
 * figure is 10000), heap in MiB (512).
 */
public final class Memory {

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path jar = Path.of(args[1]);
    int lifecycles = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    int heapMb = args.length > 3 ? Integer.parseInt(args[3]) : 512;

    try (BenchApp app = BenchApp.start(jar, out.resolve("memory"), heapMb)) {
      double atStart = app.rssMb();
      LifecycleDriver driver = new LifecycleDriver(app);
      driver.run(Math.min(50, lifecycles), 8, Duration.ofMinutes(5));
      double warm = app.rssMb();
      driver.run(lifecycles, 8, Duration.ofMinutes(60));
      double after = app.rssMb();
      double perInstanceKb = (after - warm) * 1024 / lifecycles;
      Results.write(
          out,
          "memory",
          "heap_mb,lifecycles,rss_start_mb,rss_warm_mb,rss_after_mb,growth_per_lifecycle_kb,errors",
          String.format(
              Locale.ROOT, "%d,%d,%.0f,%.0f,%.0f,%.1f,%d", heapMb, lifecycles, atStart, warm, after, perInstanceKb, driver.errors.get()));
    }
    System.exit(0);
  }
}
