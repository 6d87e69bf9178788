import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Runs the packaged app with a class cache made by a training run, so that it starts in about
 * half the time: the JVM then loads (and, from Java 24 on, links and profiles) the app's classes
 * from the cache instead of finding, reading and verifying them in a hundred jars. Run by the
 * {@code run} profile of the api module (the README's run command); a single-file program, so
 * it needs nothing but the JDK.
 *
 * <pre>
 * java Launch.java JAR WORK_DIR [JVM_OPTION...] [-- APP_ARGUMENT...]
 * java Launch.java --print-command JAR WORK_DIR [JVM_OPTION...] [-- APP_ARGUMENT...]
 * java Launch.java --no-cache JAR WORK_DIR ...   (the same app without the cache, to compare)
 * java Launch.java --no-spring-aot JAR WORK_DIR ...   (the same app without Spring's AOT mode)
 * </pre>
 *
 * <p>The cache only works for jars on the class path, not a jar nested in a jar, so the app is
 * extracted first (Spring Boot's {@code -Djarmode=tools extract}). The JVM checks each jar's
 * size and time against the cache, so the extraction and the cache are made again only when the
 * packaged jar's content changed: its entries' names and checksums are the fingerprint. The
 * cache is made per Java version: Java 24 and newer make an AOT cache (JEP 483, 514, 515), Java
 * 21 to 23 a dynamic CDS archive. On Java 25 and newer the cache also keeps method profiles
 * (JEP 515), so the training run starts the app with its demo data, sends it what a new user's
 * first minutes send (applications, the pages' reads), then stops it: the JIT compilers then start
 * from those profiles instead of from nothing (measured in docs/performance.md, "Startup"). Older
 * Javas keep classes only, so their training run just starts the app until its context is
 * refreshed. If the training fails, the app runs without a cache.
 *
 * <p>The app also starts in Spring's AOT mode: before the training run, Spring's AOT processor
 * works out the app's bean definitions once and writes them as code (compiled into {@code
 * spring-aot.jar} in the work directory), so a start no longer reads configuration classes and
 * evaluates conditions. That mode fixes which beans exist when the code is made, with the
 * defaults of {@code application.yml}; so a start whose options could change them (a Spring,
 * Camunda, actuator or server property, the engine's settings, a profile, a configuration file
 * beside the app) runs without it, and says so. The app's own switches ({@code partner-engine.*})
 * are read at run time and keep working in both modes.
 */
public class Launch {

  public static void main(String[] args) throws Exception {
    List<String> arguments = new ArrayList<>(Arrays.asList(args));
    boolean printOnly = arguments.remove("--print-command");
    boolean withCache = !arguments.remove("--no-cache");
    boolean springAotAsked = !arguments.remove("--no-spring-aot");
    if (arguments.size() < 2) {
      System.err.println("usage: java Launch.java [--print-command] [--no-cache] [--no-spring-aot] JAR WORK_DIR [JVM_OPTION...] [-- APP_ARGUMENT...]");
      System.exit(2);
    }
    Path jar = Path.of(arguments.get(0)).toAbsolutePath();
    Path work = Path.of(arguments.get(1)).toAbsolutePath();
    List<String> rest = arguments.subList(2, arguments.size());
    int separator = rest.indexOf("--");
    List<String> jvmOptions = separator < 0 ? rest : rest.subList(0, separator);
    // Maven passes -Drun.arguments as one argument: empty when none were given, split at spaces here.
    List<String> givenAppArguments =
        separator < 0
            ? List.of()
            : rest.subList(separator + 1, rest.size()).stream()
                .flatMap(argument -> Arrays.stream(argument.trim().split("\\s+")))
                .filter(argument -> !argument.isBlank())
                .toList();

    // the run command passes its options as app arguments (-Drun.arguments="--no-spring-aot")
    boolean withSpringAot = springAotAsked && !givenAppArguments.contains("--no-spring-aot");
    List<String> appArguments = givenAppArguments.stream().filter(argument -> !argument.equals("--no-spring-aot")).toList();

    Path app = extracted(jar, work);
    Map<String, String> environment = System.getenv();
    Path directory = Path.of("");
    Optional<String> reasonAgainst = withSpringAot ? reasonAgainstAotMode(jvmOptions, appArguments, environment, directory)
        : Optional.empty();
    reasonAgainst.ifPresent(reason -> System.out.println("Launch: Spring's AOT mode is off for this start: " + reason
        + " may change which beans the app has, and that mode fixes them in advance."));
    boolean aotMode = withSpringAot && reasonAgainst.isEmpty();
    // A training run has no app arguments: it uses the mode unless its JVM or environment forbid it,
    // so the cache fits the starts in that mode whatever this first start's arguments were.
    boolean trainInAotMode = reasonAgainstAotMode(jvmOptions, List.of(), environment, directory).isEmpty();
    Launchable launchable = launchable(app, work, aotMode, trainInAotMode);
    List<String> command = new ArrayList<>();
    command.add(javaExecutable());
    command.addAll(jvmOptions);
    if (withCache) {
      command.addAll(cacheOptions(launchable, work, jvmOptions));
    }
    command.addAll(launchable.command());
    command.addAll(appArguments);
    if (printOnly) {
      System.out.println(String.join("\n", command));
      return;
    }
    Process process = new ProcessBuilder(command).inheritIO().start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
    // Maven ending (Ctrl-C, or a stop from an IDE) ends the app with it.
    ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(143)));
    System.exit(process.waitFor());
  }

  /** The app extracted beside its libraries, again only when the packaged jar changed. */
  private static Path extracted(Path jar, Path work) throws IOException, InterruptedException {
    Path destination = work.resolve("app");
    Path fingerprintFile = work.resolve("app.fingerprint");
    String fingerprint = fingerprint(jar);
    Path app = destination.resolve(jar.getFileName());
    if (Files.exists(app) && Files.exists(fingerprintFile) && Files.readString(fingerprintFile).equals(fingerprint)) {
      return app;
    }
    deleteRecursively(work);
    Files.createDirectories(work);
    run(List.of(javaExecutable(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", destination.toString()), null);
    Files.writeString(fingerprintFile, fingerprint);
    return app;
  }

  /**
   * How this start runs the app: its class path (the Spring AOT code first, when there is some),
   * main class, and whether in Spring's AOT mode. The class path is the same with the mode on or
   * off, so one class cache serves both.
   */
  record Launchable(Path app, Optional<Path> springAot, String mainClass, boolean aotMode, boolean trainInAotMode) {

    List<String> command() {
      return command(aotMode);
    }

    List<String> trainingCommand() {
      return command(trainInAotMode);
    }

    private List<String> command(boolean inAotMode) {
      List<String> command = new ArrayList<>();
      if (inAotMode && springAot.isPresent()) {
        command.add("-Dspring.aot.enabled=true");
      }
      command.addAll(classPath());
      command.add(mainClass);
      return command;
    }

    List<String> classPath() {
      return List.of("-cp", springAot.map(aot -> aot + java.io.File.pathSeparator + app).orElse(app.toString()));
    }
  }

  private static Launchable launchable(Path app, Path work, boolean aotMode, boolean trainInAotMode) throws IOException {
    String mainClass;
    try (JarFile jarFile = new JarFile(app.toFile())) {
      mainClass = jarFile.getManifest().getMainAttributes().getValue("Main-Class");
    }
    Path springAot = work.resolve("spring-aot.jar");
    // Made even for a start without the mode: the class path, and so the class cache, must not
    // change when a later start uses it. A failure is remembered until the next build, so every
    // start of this build has the same class path and does not try again.
    Path failed = work.resolve("spring-aot.failed");
    if (!Files.exists(springAot) && !Files.exists(failed)) {
      try {
        makeSpringAot(app, mainClass, work, springAot);
      } catch (IOException | RuntimeException | InterruptedException e) {
        System.out.println("Launch: Spring's AOT code could not be made (" + e + "); the app starts without its AOT mode.");
      }
      if (!Files.exists(springAot)) {
        Files.writeString(failed, "see spring-aot.log\n");
      }
    }
    return new Launchable(app, Files.exists(springAot) ? Optional.of(springAot) : Optional.empty(), mainClass, aotMode,
        trainInAotMode);
  }

  /**
   * Spring's AOT processor (what {@code spring-boot:process-aot} runs at build time) writes the
   * app's bean definitions as source code; compiled and packed with the classes it generated, they
   * make {@code spring-aot.jar}. It is made again only with a new extraction, that is when the
   * packaged jar changed. It sees the defaults only: no option, no Spring or Camunda environment
   * variable and no configuration file of the caller's directory, since its beans serve every
   * later start in AOT mode. If any step fails, the app starts without it.
   */
  private static void makeSpringAot(Path app, String mainClass, Path work, Path springAot)
      throws IOException, InterruptedException {
    System.out.println("Launch: Spring's AOT processor works out the app's beans (once, for this build).");
    Path output = work.resolve("spring-aot");
    deleteRecursively(output);
    Path sources = output.resolve("sources");
    Path resources = output.resolve("resources");
    Path classes = output.resolve("classes");
    List<String> process = List.of(javaExecutable(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", app.toString(),
        "org.springframework.boot.SpringApplicationAotProcessor", mainClass,
        sources.toString(), resources.toString(), classes.toString(), "org.partnerengine", "api");
    Path log = work.resolve("spring-aot.log");
    ProcessBuilder processor = new ProcessBuilder(process).directory(work.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    processor.environment().keySet().removeIf(variable -> namesBeanChangingProperty(variable) || JVM_OPTION_VARIABLES.contains(variable));
    Process processing = processor.start();
    if (!processing.waitFor(10, java.util.concurrent.TimeUnit.MINUTES)) {
      processing.destroyForcibly();
      System.out.println("Launch: Spring's AOT processing took over ten minutes (see " + log + "); the app starts without its AOT mode.");
      return;
    }
    if (processing.exitValue() != 0 || !Files.isDirectory(sources)) {
      System.out.println("Launch: Spring's AOT processing failed (see " + log + "); the app starts without its AOT mode.");
      return;
    }
    List<String> sourceFiles;
    try (Stream<Path> files = Files.walk(sources)) {
      sourceFiles = files.filter(file -> file.toString().endsWith(".java")).map(Path::toString).toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    // the proxy classes the processor generated are compiled against as well
    List<String> compile = new ArrayList<>(List.of("-proc:none", "-nowarn", "-encoding", "UTF-8",
        "-cp", classes + java.io.File.pathSeparator + app, "-d", classes.toString()));
    compile.addAll(sourceFiles);
    Files.createDirectories(classes);
    try (var compilerLog = Files.newOutputStream(log, java.nio.file.StandardOpenOption.APPEND)) {
      if (javac == null || javac.run(null, compilerLog, compilerLog, compile.toArray(String[]::new)) != 0) {
        System.out.println("Launch: Spring's AOT code did not compile (see " + log + "); the app starts without its AOT mode.");
        return;
      }
    }
    Path partial = work.resolve("spring-aot.jar.part");
    try (JarOutputStream jarOut = new JarOutputStream(Files.newOutputStream(partial))) {
      for (Path root : List.of(classes, resources)) {
        if (!Files.isDirectory(root)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(root)) {
          for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
            jarOut.putNextEntry(new JarEntry(root.relativize(file).toString().replace(java.io.File.separatorChar, '/')));
            Files.copy(file, jarOut);
            jarOut.closeEntry();
          }
        }
      }
    }
    Files.move(partial, springAot);
    deleteRecursively(output);
  }

  /** The app's own switches, read at run time in both modes; the engine's settings are not among them. */
  private static final List<String> RUN_TIME_OPTIONS = List.of("--server.port=", "--logging.", "--partner-engine.");

  /**
   * Property prefixes, in the form of environment variables (Spring's relaxed binding), under
   * which a value may decide which beans exist: Spring's own (mail, data source, security,
   * profiles), SpringDoc's, Camunda's, the actuator's, the server's (forwarded headers, SSL) and
   * the engine's.
   */
  private static final List<String> BEAN_CHANGING_PREFIXES =
      List.of("SPRING", "SPRINGDOC", "CAMUNDA", "ZEEBE", "MANAGEMENT", "SERVER", "PARTNER_ENGINE_ENGINE");

  /** Environment variables the JVM reads its options from. */
  private static final List<String> JVM_OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

  /**
   * Why a start cannot use Spring's AOT mode, if it cannot: an option, environment variable or
   * configuration file that may decide which beans exist (a Spring, Camunda, actuator, server or
   * engine property, a profile). Spring's AOT code was made with the defaults of {@code
   * application.yml}. App arguments must be among the app's own switches; JVM options and
   * environment variables must not name a property under those prefixes (the server's port aside).
   */
  static Optional<String> reasonAgainstAotMode(List<String> jvmOptions, List<String> appArguments,
      Map<String, String> environment, Path directory) {
    for (String argument : appArguments) {
      boolean runTime = RUN_TIME_OPTIONS.stream().anyMatch(argument::startsWith)
          && !argument.startsWith("--partner-engine.engine.");
      if (!runTime) {
        return Optional.of("the option " + argument.split("=", 2)[0]);
      }
    }
    List<String> options = new ArrayList<>(jvmOptions);
    for (String variable : JVM_OPTION_VARIABLES) {
      for (String option : environment.getOrDefault(variable, "").trim().split("\\s+")) {
        options.add(option);
      }
    }
    for (String option : options) {
      if (option.startsWith("-D") && namesBeanChangingProperty(option.substring(2).split("=", 2)[0])) {
        return Optional.of("the option " + option.split("=", 2)[0]);
      }
    }
    for (String variable : environment.keySet()) {
      if (namesBeanChangingProperty(variable)) {
        return Optional.of("the environment variable " + variable);
      }
    }
    return configurationFiles(directory).stream().findFirst()
        .map(location -> "the configuration file " + location.toAbsolutePath());
  }

  /** A property (spring.mail.host) or environment variable (SPRING_MAIL_HOST) under a bean-changing prefix. */
  private static boolean namesBeanChangingProperty(String name) {
    String relaxed = name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    if (relaxed.equals("SERVER_PORT")) {
      return false;
    }
    return BEAN_CHANGING_PREFIXES.stream().anyMatch(prefix -> relaxed.equals(prefix) || relaxed.startsWith(prefix + "_"));
  }

  /** The files Spring Boot reads beside the app: ./application.*, ./config/application.* and ./config/{@literal *}/application.*. */
  private static List<Path> configurationFiles(Path directory) {
    List<Path> folders = new ArrayList<>(List.of(directory, directory.resolve("config")));
    if (Files.isDirectory(directory.resolve("config"))) {
      try (Stream<Path> children = Files.list(directory.resolve("config"))) {
        children.filter(Files::isDirectory).forEach(folders::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<Path> found = new ArrayList<>();
    for (Path folder : folders) {
      for (String file : List.of("application.properties", "application.yml", "application.yaml")) {
        if (Files.exists(folder.resolve(file))) {
          found.add(folder.resolve(file));
        }
      }
    }
    return found;
  }

  /** The options that use the cache, after making it with a training run if there is none yet. */
  private static List<String> cacheOptions(Launchable app, Path work, List<String> jvmOptions) throws IOException, InterruptedException {
    int feature = Runtime.version().feature();
    boolean aot = feature >= 24;
    Path cache = work.resolve(aot ? "app-java" + feature + ".aot" : "app-java" + feature + ".jsa");
    if (!Files.exists(cache)) {
      System.out.println("Launch: a first start on Java " + feature + " trains the class cache " + cache.getFileName()
          + " (once, about a minute); later starts use it.");
      List<String> training = new ArrayList<>(List.of(javaExecutable()));
      training.addAll(jvmOptions);
      if (feature >= 25) {
        // Java 25 keeps method profiles in the cache (JEP 515): worth a training run with work
        training.add("-XX:AOTCacheOutput=" + cache);
        trainWithWork(training, app);
        return usable(cache, "-XX:AOTCache=" + cache);
      } else if (aot) {
        // Java 24 records a configuration first and creates the cache from it in a second step.
        Path configuration = work.resolve("app.aotconf");
        training.addAll(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + configuration));
        if (trainUntilRefreshed(training, app) == 0) {
          List<String> create = new ArrayList<>(List.of(javaExecutable()));
          create.addAll(jvmOptions);
          create.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration, "-XX:AOTCache=" + cache));
          create.addAll(app.classPath());
          run(create, work.resolve("training.log"));
        }
        return usable(cache, "-XX:AOTCache=" + cache);
      } else {
        training.add("-XX:ArchiveClassesAtExit=" + cache);
      }
      trainUntilRefreshed(training, app);
    }
    return usable(cache, aot ? "-XX:AOTCache=" + cache : "-XX:SharedArchiveFile=" + cache);
  }

  private static List<String> usable(Path cache, String option) {
    if (Files.exists(cache)) {
      return List.of(option);
    }
    System.out.println("Launch: no class cache could be made; the app starts without one.");
    return List.of();
  }

  /** How many applications the training run sends, and from how many clients at once. */
  private static final int TRAINING_APPLICATIONS = 400;
  private static final int TRAINING_CLIENTS = 4;

  /** Starts the app until its context is refreshed, then it exits; nothing is kept but the cache. */
  private static int trainUntilRefreshed(List<String> command, Launchable app) throws IOException, InterruptedException {
    List<String> training = new ArrayList<>(command);
    training.add("-Dspring.context.exit=onRefresh");
    training.addAll(app.trainingCommand());
    training.addAll(List.of("--server.port=0", "--partner-engine.demo-data.enabled=false", "--logging.level.root=WARN"));
    return run(training, app.app().getParent().getParent().resolve("training.log"));
  }

  /**
   * Starts the app, sends it the training work, then stops it (the JVM writes the cache as it
   * exits); nothing is kept but the cache.
   */
  private static int trainWithWork(List<String> command, Launchable app) throws IOException, InterruptedException {
    int port = freePort();
    List<String> training = new ArrayList<>(command);
    training.addAll(app.trainingCommand());
    // the training's applications all come from this machine's address: no per-address limit here
    training.addAll(List.of("--server.port=" + port, "--logging.level.root=WARN",
        "--partner-engine.applications.rate-limit.per-minute=" + Integer.MAX_VALUE));
    Path log = app.app().getParent().getParent().resolve("training.log");
    Process process = new ProcessBuilder(training).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      String root = "http://127.0.0.1:" + port;
      if (!awaitHealthy(http, root, process)) {
        System.out.println("Launch: the training run did not start; see " + log);
        return process.isAlive() ? 1 : process.exitValue();
      }
      trainingWork(http, root);
    } finally {
      // A stop, not a kill: the JVM writes the cache on its way out.
      process.destroy();
      process.waitFor();
    }
    return 0;
  }

  private static boolean awaitHealthy(HttpClient http, String root, Process process) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    HttpRequest health = HttpRequest.newBuilder(URI.create(root + "/actuator/health")).timeout(Duration.ofSeconds(2)).build();
    while (process.isAlive() && System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          return true;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    return false;
  }

  /**
   * Applications that are fast-tracked into onboarding and applications that wait for an
   * approver, each read back as its partner manager reads it, and the lists of the page. A request
   * that fails is only less training, never a failed start.
   */
  private static void trainingWork(HttpClient http, String root) throws InterruptedException {
    AtomicInteger failed = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(TRAINING_CLIENTS);
    try {
      List<Future<?>> sent = new ArrayList<>();
      for (int i = 0; i < TRAINING_APPLICATIONS; i++) {
        boolean fastTrack = i % 2 == 0;
        int n = i;
        sent.add(clients.submit(() -> {
          String domain = "training-" + n + ".example";
          String body = "{\"companyName\":\"Training " + n + " GmbH\",\"partnerType\":\"" + (fastTrack ? "SYSTEM_INTEGRATOR" : "RESELLER")
              + "\",\"country\":\"" + (fastTrack ? "DE" : "BR") + "\",\"website\":\"https://www." + domain
              + "\",\"contactName\":\"Ada Lovelace\",\"contactEmail\":\"ada@" + domain + "\",\"annualRevenue\":"
              + (fastTrack ? 2_500_000 : 500_000) + ",\"employees\":" + (fastTrack ? 40 : 12) + "}";
          String answer = send(http, "POST", root + "/api/applications", null, body, failed);
          String partnerId = answer == null ? null : answer.replaceAll("(?s).*\"partnerId\"\\s*:\\s*(\\d+).*", "$1");
          if (partnerId != null && partnerId.chars().allMatch(Character::isDigit)) {
            send(http, "GET", root + "/api/partners/" + partnerId, "manager", null, failed);
            send(http, "GET", root + "/api/partners/" + partnerId + "/history", "manager", null, failed);
          }
          if (n % 10 == 0) {
            send(http, "GET", root + "/api/partners?size=20", "manager", null, failed);
            send(http, "GET", root + "/api/tasks?size=20", "approver", null, failed);
            send(http, "GET", root + "/", null, null, failed);
          }
        }));
      }
      for (Future<?> request : sent) {
        try {
          request.get();
        } catch (ExecutionException e) {
          failed.incrementAndGet();
        }
      }
    } finally {
      clients.shutdownNow();
    }
    if (failed.get() > 0) {
      System.out.println("Launch: " + failed.get() + " training requests failed; the cache holds less of the app's work.");
    }
  }

  private static String send(HttpClient http, String method, String uri, String user, String body, AtomicInteger failed) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (user != null) {
      // the embedded default's development logins: the password is the user's name
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        failed.incrementAndGet();
        return null;
      }
      return response.body();
    } catch (IOException e) {
      failed.incrementAndGet();
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static int run(List<String> command, Path log) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (log == null) {
      builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    } else {
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    }
    Process process = builder.start();
    int exit = process.waitFor();
    if (exit != 0) {
      System.out.println("Launch: " + command.get(command.size() - 1) + " exited with " + exit + (log == null ? "" : "; see " + log));
    }
    return exit;
  }

  /** Names, sizes and checksums of the jar's entries, read from its directory, not its content. */
  private static String fingerprint(Path jar) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      zip.stream()
          .sorted(Comparator.comparing(ZipEntry::getName))
          .forEach(entry -> digest.update((entry.getName() + ':' + entry.getSize() + ':' + entry.getCrc() + '\n')
              .getBytes(StandardCharsets.UTF_8)));
      digest.update(("java " + Runtime.version()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void stop(Process process) {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (var paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
