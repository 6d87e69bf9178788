package org.partnerengine.analytics;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Programme-wide answers (a whole period's visits, every open task) cost tens of milliseconds to
 * compute at 100 000 partners; a dashboard asks for the same ones over and over. An answer is
 * reused while its version (e.g. the highest history id: the data it was computed from did not
 * grow) is the same, and for at most {@code maxAge}. Requests that arrive while it is computed wait
 * for that one computation instead of starting their own. Once an answer is older than
 * {@code maxAge} (its version still the same), the first request that notices starts computing it
 * again on a thread of its own, and every request keeps the previous answer meanwhile, so no
 * request waits for an aged answer; a new version makes every request wait for the new answer. A
 * refresh that fails leaves the previous answer in place, to be refreshed by the next request.
 */
public final class ReusedAnswers<K, V> {

  private static final int MAX_KEYS = 64;

  private record Entry<V>(Object version, long computedAt, FutureTask<V> answer, AtomicBoolean refreshing) {
    Entry(Object version, long computedAt, Supplier<V> compute) {
      this(version, computedAt, new FutureTask<>(compute::get), new AtomicBoolean());
    }
  }

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
    Entry<V> current = entries.get(key);
    if (current != null
        && Objects.equals(current.version(), version)
        && now - current.computedAt() >= maxAgeNanos
        && current.answer().isDone()) {
      if (current.refreshing().compareAndSet(false, true)) {
        Entry<V> fresh = new Entry<>(version, now, compute);
        // A platform thread: a computation of a second on a virtual thread would hold one of the
        // few carriers that every request runs on.
        Thread.ofPlatform().daemon().name("reused-answer-refresh").start(() -> {
          try {
            fresh.answer().run();
            if (fresh.answer().state() == Future.State.SUCCESS) {
              entries.replace(key, current, fresh);
            }
          } finally {
            current.refreshing().set(false);
          }
        });
      }
      return await(current, key);
    }
    Entry<V> entry =
        entries.compute(
            key,
            (k, old) ->
                old != null && Objects.equals(old.version(), version) && (now - old.computedAt() < maxAgeNanos || !old.answer().isDone())
                    ? old
                    : new Entry<>(version, now, compute));
    return await(entry, key);
  }

  private V await(Entry<V> entry, K key) {
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
