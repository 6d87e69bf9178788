package org.partnerengine.bench;

import java.util.Locale;

/**
 * Warms a JVM up until its JIT compilers are mostly done: batches are run until the compilers
 * used under {@value #SETTLED_COMPILER_SHARE} of the process's CPU during one. A fixed warm-up
 * was too short for the app (Spring, Hibernate, the engine, gRPC: after 20 lifecycles the
 * compilers still took a third of its CPU through the measured run) and would be needlessly
 * long for the engine alone; the same rule for both makes their ratio a ratio of steady states.
 */
final class Warmup {

  static final double SETTLED_COMPILER_SHARE = 0.10;

  interface Batch {
    void run(int size) throws Exception;
  }

  private Warmup() {}

  /**
   * Runs batches of {@code batchSize} on the process {@code pid} until the compilers settle, at
   * most {@code max} in all; answers how many ran.
   */
  static int untilCompiled(String what, long pid, int batchSize, int max, Batch batch) throws Exception {
    int done = 0;
    double share = 1;
    while (done < max && share >= SETTLED_COMPILER_SHARE) {
      int size = Math.min(batchSize, max - done);
      CpuTime before = CpuTime.of(pid);
      long started = System.nanoTime();
      batch.run(size);
      double seconds = (System.nanoTime() - started) / 1e9;
      CpuTime used = CpuTime.of(pid).since(before);
      share = used.compilerShare();
      done += size;
      System.out.printf(
          Locale.ROOT, "warm-up (%s): %d done, %.2f/s, %.0f ms of CPU each, %.1f %% of it in the JIT compilers%n",
          what, done, size / seconds, used.seconds() * 1000 / size, share * 100);
    }
    System.out.printf(
        Locale.ROOT, "warm-up (%s): %d, until the JIT compilers took %.1f %% of the CPU in a batch of %d%s%n",
        what, done, share * 100, batchSize, share >= SETTLED_COMPILER_SHARE ? " (the most allowed)" : "");
    return done;
  }
}
