package org.partnerengine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The packaged app (embedded engine, H2 file database) in a child process with a bounded heap,
 * so its resident memory is its own. The database is opened with AUTO_SERVER, so a benchmark can
 * bulk-load rows and read query plans over JDBC while the app runs.
 */
final class BenchApp implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  final Process process;
  final String root;
  final String jdbcUrl;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private BenchApp(Process process, String root, String jdbcUrl) {
    this.process = process;
    this.root = root;
    this.jdbcUrl = jdbcUrl;
  }

  /** Starts the jar and waits until its health is UP. */
  static BenchApp start(Path jar, Path work, int heapMb) throws Exception {
    Files.createDirectories(work);
    int port = freePort();
    Path db = work.resolve("db").toAbsolutePath();
    deleteRecursively(db);
    // The embedded default's settings (application.yml), on a file the benchmark opens too.
    String jdbcUrl = "jdbc:h2:file:" + db.resolve("partner-engine") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=128";
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heapMb + "m");
    command.add("-Xms" + heapMb + "m");
    // Extra JVM options for the app, e.g. a flight recording: -Dbench.app-jvm-args="-XX:StartFlightRecording=..."
    for (String option : System.getProperty("bench.app-jvm-args", "").split("\\s+")) {
      if (!option.isBlank()) {
        command.add(option);
      }
    }
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    return startWith(command, work, port, jdbcUrl);
  }

  /**
   * Starts the app the way the README's run command does ({@code launcherCommand}: the JVM, its
   * options and class cache, the app), with the benchmark's database and settings, and waits until
   * its health is UP.
   */
  static BenchApp startAsRun(List<String> launcherCommand, Path work) throws Exception {
    Files.createDirectories(work);
    Path db = work.resolve("db").toAbsolutePath();
    deleteRecursively(db);
    String jdbcUrl = "jdbc:h2:file:" + db.resolve("partner-engine") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=128";
    return startWith(new ArrayList<>(launcherCommand), work, freePort(), jdbcUrl);
  }

  private static BenchApp startWith(List<String> command, Path work, int port, String jdbcUrl) throws Exception {
    command.add("--server.port=" + port);
    command.add("--spring.datasource.url=" + jdbcUrl);
    command.add("--logging.level.root=WARN");
    command.add("--partner-engine.tiering.schedule-enabled=false");
    command.add("--partner-engine.demo-data.enabled=false"); // the benchmark's own load only
    // The load comes from one address, as many applicants would from many.
    command.add("--partner-engine.applications.rate-limit.per-minute=1000000000");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("app.log").toFile()).start();
    BenchApp app = new BenchApp(process, "http://127.0.0.1:" + port, jdbcUrl);
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The app stopped; see " + work.resolve("app.log"));
      }
      try {
        HttpResponse<String> health = app.send("GET", "/actuator/health", null, null);
        if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
          return app;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    app.close();
    throw new IllegalStateException("The app did not become healthy within 3 minutes");
  }

  HttpResponse<String> send(String method, String path, String user, Object body) throws IOException, InterruptedException {
    return send(method, path, user, body, Duration.ofSeconds(30));
  }

  HttpResponse<String> send(String method, String path, String user, Object body, Duration timeout)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(root + path))
            .timeout(timeout)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  JsonNode json(String method, String path, String user, Object body) throws IOException, InterruptedException {
    HttpResponse<String> response = send(method, path, user, body);
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  /** Resident set size of the app process, in MiB (Linux). */
  double rssMb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    return Double.NaN;
  }

  /** CPU time the app process has used so far. */
  CpuTime cpuTime() throws IOException {
    return CpuTime.of(process.pid());
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (var files = Files.walk(path)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
