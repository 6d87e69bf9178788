package org.partnerengine.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Full partner lifecycles through the real app (application to ACTIVE, real workers and
 * database, onboarding tasks completed through the inbox) per second, and the ratio to the
 * engine alone measured in the same run: on the lifecycle's own models with no-op workers (the
 * ceiling the target is set against), and on a straight process with as many jobs. The ceilings'
 * clients reach the engine in-process, as the app's own client does; the models ceiling is also
 * measured over loopback gRPC, the transport of earlier runs.
 *
 * <p>The app and each ceiling are warmed up by the same rule, until their JIT compilers settle
 * ({@link Warmup}): after a fixed 20 lifecycles the app's compilers still took a third of its CPU
 * through the measured run, which measured its first minute rather than its steady state. The
 * app's CPU time per lifecycle, and the compilers' part of it, are printed with the result.
 *
 * <p>Arguments: output directory, app jar, then optionally partners (default 100), client
 * threads (8), app heap in MiB (512), the most warm-up lifecycles of each (3000).
 */
public final class LifecycleThroughput {

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path jar = Path.of(args[1]);
    int partners = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 8;
    int heapMb = args.length > 4 ? Integer.parseInt(args[4]) : 512;
    int maxWarmup = args.length > 5 ? Integer.parseInt(args[5]) : 3000;

    // The ceiling's engine leaves a non-daemon timer thread behind: end the JVM either way.
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, failure) -> {
          failure.printStackTrace();
          System.exit(1);
        });
    double straightCeiling = EngineCeiling.measure(EngineCeiling.LIFECYCLE_JOBS, 10 * maxWarmup, 500, Transport.IN_PROCESS);
    int ceilingLifecycles = Math.max(100, partners);
    double ceiling = LifecycleModelsCeiling.measure(maxWarmup, ceilingLifecycles, Transport.IN_PROCESS);
    double loopbackCeiling = LifecycleModelsCeiling.measure(maxWarmup, ceilingLifecycles, Transport.LOOPBACK);
    try (BenchApp app = BenchApp.start(jar, out.resolve("lifecycle-throughput"), heapMb)) {
      LifecycleDriver driver = new LifecycleDriver(app);
      int warmup =
          Warmup.untilCompiled("app, lifecycles", app.process.pid(), 100, maxWarmup, batch -> driver.run(batch, threads, Duration.ofMinutes(20)));
      CpuTime before = app.cpuTime();
      double seconds = driver.run(partners, threads, Duration.ofMinutes(20));
      CpuTime cpu = app.cpuTime().since(before);
      double perSecond = partners / seconds;
      double cpuMsPerLifecycle = cpu.seconds() * 1000 / partners;
      double compilerShare = cpu.compilerShare();
      System.out.printf(
          Locale.ROOT,
          "lifecycle-throughput: %d lifecycles in %.1f s = %.2f/s; engine alone on the lifecycle's models %.2f/s (in-process), ratio %.3f;"
              + " over loopback gRPC %.2f/s, ratio %.3f; straight %d-job process %.1f instances/s, ratio %.3f; %d errors;"
              + " after %d warm-up lifecycles the app used %.0f ms of CPU per lifecycle, %.1f %% of it in the JIT compilers%n",
          partners, seconds, perSecond, ceiling, perSecond / ceiling, loopbackCeiling, perSecond / loopbackCeiling,
          EngineCeiling.LIFECYCLE_JOBS, straightCeiling, perSecond / straightCeiling, driver.errors.get(),
          warmup, cpuMsPerLifecycle, compilerShare * 100);
      Results.write(
          out,
          "lifecycle-throughput",
          "lifecycles,seconds,lifecycles_per_second,models_ceiling_per_second,ratio_to_models_ceiling,"
              + "loopback_models_ceiling_per_second,ratio_to_loopback_models_ceiling,"
              + "straight_ceiling_per_second,ratio_to_straight_ceiling,errors,"
              + "warmup_lifecycles,app_cpu_ms_per_lifecycle,app_cpu_in_jit_compilers",
          String.format(
              Locale.ROOT, "%d,%.1f,%.2f,%.2f,%.3f,%.2f,%.3f,%.1f,%.3f,%d,%d,%.0f,%.3f",
              partners, seconds, perSecond, ceiling, perSecond / ceiling, loopbackCeiling, perSecond / loopbackCeiling,
              straightCeiling, perSecond / straightCeiling, driver.errors.get(),
              warmup, cpuMsPerLifecycle, compilerShare));
    }
    System.exit(0); // the ceiling's engine leaves a non-daemon timer thread behind
  }
}
