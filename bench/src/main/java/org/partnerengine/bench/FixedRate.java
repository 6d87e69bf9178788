package org.partnerengine.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests sent at a fixed rate, each on its own virtual thread, with latency counted from the
 * moment a request was due, so a slow answer cannot hide the requests queued behind it. Answers a
 * CSV row: {@code name,{rows},rate,requests,errors,p50_ms,p95_ms,p99_ms,max_ms}.
 */
final class FixedRate {

  interface Call {
    HttpResponse<String> send() throws Exception;
  }

  private FixedRate() {}

  static String measure(String benchmark, String name, int rate, int seconds, Call call) throws Exception {
    int total = rate * seconds;
    long periodNanos = 1_000_000_000L / rate;
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicLong errors = new AtomicLong();
    Map<Integer, AtomicLong> statuses = new ConcurrentSkipListMap<>();
    ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
    long start = System.nanoTime() + 50_000_000L;
    for (int i = 0; i < total; i++) {
      long due = start + i * periodNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      clients.submit(
          () -> {
            try {
              int status = call.send().statusCode();
              statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
              if (status >= 400) {
                errors.incrementAndGet();
              }
            } catch (Exception e) {
              errors.incrementAndGet();
            }
            latencies.add(System.nanoTime() - due);
            return null;
          });
    }
    clients.shutdown();
    clients.awaitTermination(5, TimeUnit.MINUTES);
    System.out.println(benchmark + ": " + name + " answered " + statuses);
    return row(benchmark, name, rate, new ArrayList<>(latencies), errors.get());
  }

  /** An endpoint too slow for a rate: requests one after the other (rate 0 in the row). */
  static String sequential(String benchmark, String name, int count, Call call) throws Exception {
    List<Long> latencies = new ArrayList<>();
    int errors = 0;
    for (int i = 0; i < count; i++) {
      long started = System.nanoTime();
      if (call.send().statusCode() >= 400) {
        errors++;
      }
      latencies.add(System.nanoTime() - started);
    }
    return row(benchmark, name + " (one at a time)", 0, latencies, errors);
  }

  private static String row(String benchmark, String name, int rate, List<Long> latencies, long errors) {
    Collections.sort(latencies);
    String row =
        String.format(
            Locale.ROOT, "%s,{rows},%d,%d,%d,%.1f,%.1f,%.1f,%.1f",
            name, rate, latencies.size(), errors,
            ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99), ms(latencies, 1.0));
    System.out.println(benchmark + ": " + row);
    return row;
  }

  private static double ms(List<Long> sorted, double quantile) {
    int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
    return sorted.get(Math.max(0, index)) / 1e6;
  }
}
