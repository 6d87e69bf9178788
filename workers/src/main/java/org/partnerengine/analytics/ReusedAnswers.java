package org.partnerengine.analytics;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Programme-wide answers (a whole period's visits, every open task) cost tens of milliseconds to
 * compute at 100 000 partners; a dashboard asks for the same ones over and over. An answer is
 * reused while its version (e.g. the highest history id: the data it was computed from did not
 * grow) is the same, and for at most {@code maxAge}. Requests that arrive while it is computed wait
 * for that one computation instead of starting their own.
 */
public final class ReusedAnswers<K, V> {

  private static final int MAX_KEYS = 64;

  private record Entry<V>(Object version, long computedAt, FutureTask<V> answer) {}

  private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final long maxAgeNanos;

  public ReusedAnswers(Duration maxAge) {
    this.maxAgeNanos = maxAge.toNanos();
  }

  public V get(K key, Object version, Supplier<V> compute) {
    if (entries.size() > MAX_KEYS) {
      entries.clear();
    }
    long now = System.nanoTime();
    Entry<V> entry =
        entries.compute(
            key,
            (k, old) ->
                old != null && Objects.equals(old.version(), version) && now - old.computedAt() < maxAgeNanos
                    ? old
                    : new Entry<>(version, now, new FutureTask<>(compute::get)));
    entry.answer().run(); // computes once; a second caller returns at once and waits below
    try {
      return entry.answer().get();
    } catch (ExecutionException e) {
      entries.remove(key, entry);
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
