package org.partnerengine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time a process has used, in seconds, in all and in its JIT compiler threads (Linux, from
 * /proc). A JVM whose compilers still take a good part of its CPU is not yet running the code it
 * will run for the rest of its life: a throughput measured then measures its warm-up.
 */
record CpuTime(double seconds, double compilerSeconds) {

  /** USER_HZ, the unit of /proc's CPU times: 100 on every common Linux. */
  private static final double CLOCK_TICKS = 100;

  static CpuTime of(long pid) throws IOException {
    Path proc = Path.of("/proc", Long.toString(pid));
    double total = ticks(Files.readString(proc.resolve("stat")));
    double compilers = 0;
    try (var tasks = Files.list(proc.resolve("task"))) {
      for (Path task : tasks.toList()) {
        try {
          String stat = Files.readString(task.resolve("stat"));
          if (stat.contains("(C1 CompilerThre)") || stat.contains("(C2 CompilerThre)")) {
            compilers += ticks(stat);
          }
        } catch (IOException ended) {
          // the thread ended while the tasks were listed
        }
      }
    }
    return new CpuTime(total / CLOCK_TICKS, compilers / CLOCK_TICKS);
  }

  static CpuTime ofThisProcess() throws IOException {
    return of(ProcessHandle.current().pid());
  }

  CpuTime since(CpuTime earlier) {
    return new CpuTime(seconds - earlier.seconds, compilerSeconds - earlier.compilerSeconds);
  }

  /** The compilers' part of the CPU time, 0 to 1. */
  double compilerShare() {
    return seconds > 0 ? compilerSeconds / seconds : 0;
  }

  /** utime + stime of a /proc stat line: fields 14 and 15, counted after the command name, which may hold spaces. */
  private static double ticks(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }
}
