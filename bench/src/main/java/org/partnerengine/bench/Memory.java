package org.partnerengine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resident memory of the embedded default (one process: API, workers, engine, H2) inside a
 * bounded heap: after start, after a warm-up, and after N more lifecycles; the growth per
 * lifecycle is what the engine's state and the database add. RSS alone hides whether the heap
 * grows (the heap is committed up front), so the heap in use after a full GC is measured too, and
 * both are sampled every tenth of the run to show whether they level off.
 *
 * <p>Arguments: output directory, app jar, then optionally lifecycles (default 300; the issue's
 * figure is 10000), heap in MiB (512).
 */
public final class Memory {

  private static final Pattern USED = Pattern.compile("used (\\d+)K");

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
      double warmHeap = heapAfterGcMb(app);
      List<String> samples = new ArrayList<>();
      samples.add(sample(0, warm, warmHeap));
      int step = Math.max(1, lifecycles / 10);
      for (int done = 0; done < lifecycles; ) {
        int batch = Math.min(step, lifecycles - done);
        driver.run(batch, 8, Duration.ofMinutes(60));
        done += batch;
        samples.add(sample(done, app.rssMb(), heapAfterGcMb(app)));
      }
      double after = app.rssMb();
      double afterHeap = heapAfterGcMb(app);
      double perInstanceKb = (after - warm) * 1024 / lifecycles;
      double heapPerInstanceKb = (afterHeap - warmHeap) * 1024 / lifecycles;
      Results.write(
          out,
          "memory",
          "heap_mb,lifecycles,rss_start_mb,rss_warm_mb,rss_after_mb,growth_per_lifecycle_kb,"
              + "heap_used_warm_mb,heap_used_after_mb,heap_growth_per_lifecycle_kb,errors",
          String.format(
              Locale.ROOT,
              "%d,%d,%.0f,%.0f,%.0f,%.1f,%.0f,%.0f,%.1f,%d",
              heapMb,
              lifecycles,
              atStart,
              warm,
              after,
              perInstanceKb,
              warmHeap,
              afterHeap,
              heapPerInstanceKb,
              driver.errors.get()));
      Results.write(out, "memory-samples", "lifecycles,rss_mb,heap_used_after_gc_mb", samples.toArray(String[]::new));
    }
    System.exit(0);
  }

  private static String sample(int lifecycles, double rssMb, double heapMb) {
    return String.format(Locale.ROOT, "%d,%.0f,%.0f", lifecycles, rssMb, heapMb);
  }

  /** The app's heap in use right after a full GC, through jcmd (no JMX port on the app). */
  static double heapAfterGcMb(BenchApp app) throws IOException, InterruptedException {
    jcmd(app, "GC.run");
    Matcher used = USED.matcher(jcmd(app, "GC.heap_info"));
    return used.find() ? Long.parseLong(used.group(1)) / 1024.0 : Double.NaN;
  }

  private static String jcmd(BenchApp app, String command) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process process =
        new ProcessBuilder(jcmd.toString(), Long.toString(app.process.pid()), command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return output;
  }
}
