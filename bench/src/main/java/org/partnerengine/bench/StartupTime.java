package org.partnerengine.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How long the app takes from its JVM's start to health UP, and its resident memory then, over
 * several starts with the class cache of the README's run command and without it. The commands
 * come from the run command's own launcher ({@code api/launcher/Launch.java --print-command}), so
 * this measures exactly what a user runs; the launcher makes the cache first if there is none.
 *
 * <p>Arguments: output directory, the launcher, the packaged jar, starts per variant.
 */
public final class StartupTime {

  private static final Duration LIMIT = Duration.ofMinutes(3);

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path launcher = Path.of(args[1]);
    Path jar = Path.of(args[2]);
    int starts = Integer.parseInt(args[3]);
    Path work = out.resolve("startup");
    Files.createDirectories(work);

    List<String> rows = new ArrayList<>();
    for (boolean cache : List.of(true, false)) {
      List<String> command = command(launcher, jar, work.resolve("run"), cache);
      double[] seconds = new double[starts];
      double[] rss = new double[starts];
      for (int i = 0; i < starts; i++) {
        double[] start = startOnce(command, work.resolve("app-" + i + ".log"));
        seconds[i] = start[0];
        rss[i] = start[1];
        System.out.printf(Locale.ROOT, "startup %s cache, start %d: health UP after %.2f s, RSS %.0f MB%n",
            cache ? "with" : "without", i + 1, seconds[i], rss[i]);
      }
      String variant = cache ? "with cache" : "without cache";
      System.out.printf(Locale.ROOT, "startup %s over %d starts: health UP min %.2f / median %.2f / max %.2f s; RSS min %.0f / median %.0f / max %.0f MB%n",
          variant, starts, min(seconds), median(seconds), max(seconds), min(rss), median(rss), max(rss));
      rows.add(String.format(Locale.ROOT, "%s,%d,%.2f,%.2f,%.2f,%.0f,%.0f,%.0f",
          variant, starts, min(seconds), median(seconds), max(seconds), min(rss), median(rss), max(rss)));
    }
    Results.write(out, "startup-time", "variant,starts,up_min_s,up_median_s,up_max_s,rss_min_mb,rss_median_mb,rss_max_mb",
        rows.toArray(String[]::new));
  }

  /** The run command's JVM options (those of the api module's run profile) as the launcher fills them in. */
  static List<String> command(Path launcher, Path jar, Path work, boolean cache) throws Exception {
    List<String> ask = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        launcher.toString(), "--print-command"));
    if (!cache) {
      ask.add("--no-cache");
    }
    ask.addAll(List.of(jar.toString(), work.toString(), "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-Xss512k",
        "-XX:CompileThresholdScaling=10"));
    Process process = new ProcessBuilder(ask).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      reader.lines().forEach(lines::add);
    }
    if (process.waitFor() != 0) {
      throw new IllegalStateException("The launcher failed: " + lines);
    }
    // The launcher prints one argument a line after whatever it said while making the cache.
    int java = lines.size() - 1;
    while (java >= 0 && !lines.get(java).endsWith(Path.of("bin", "java").toString())) {
      java--;
    }
    return new ArrayList<>(lines.subList(java, lines.size()));
  }

  /** Seconds from the JVM's start to health UP, and RSS in MB at that moment. */
  private static double[] startOnce(List<String> command, Path log) throws Exception {
    int port = BenchApp.freePort();
    List<String> run = new ArrayList<>(command);
    run.addAll(List.of("--server.port=" + port, "--partner-engine.demo-data.enabled=false"));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
        .timeout(Duration.ofSeconds(2)).build();
    long started = System.nanoTime();
    Process process = new ProcessBuilder(run).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      while (System.nanoTime() - started < LIMIT.toNanos()) {
        if (!process.isAlive()) {
          throw new IllegalStateException("The app stopped; see " + log);
        }
        try {
          HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
            double seconds = (System.nanoTime() - started) / 1e9;
            return new double[] {seconds, rssMb(process)};
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(50);
      }
      throw new IllegalStateException("The app was not UP within " + LIMIT + "; see " + log);
    } finally {
      process.destroy();
      process.waitFor();
    }
  }

  private static double rssMb(Process process) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    return Double.NaN;
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private StartupTime() {}
}
