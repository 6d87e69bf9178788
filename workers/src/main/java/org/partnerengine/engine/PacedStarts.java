package org.partnerengine.engine;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the starts of many rows stored at once (a lead import's), in the order they were handed
 * over, on a thread of its own, with at most a bounded number sent and still waiting for their
 * process's first step. Sent all at once, thousands of starts queue in the engine's log in front of
 * everything else and create thousands of jobs at once: more than a job stream takes, so the rest
 * wait for the workers' next poll, and the whole batch crawls. Paced, the engine and the workers
 * each have a bounded amount of work before them, whatever the size of the batch.
 *
 * <p>A row counts as waiting from its start until the feature says it is no longer waiting (its
 * first step ran), until its start fails, or for at most {@code longestWait}: a row stuck before its
 * first step (an incident) holds its place no longer than that.
 *
 * <p>The rows are stored before they are handed here, so a start that is never sent is not lost.
 * Each row is claimed right before its start is sent ({@link UnstartedProcesses#claimUnclaimed});
 * a row whose start fails, or whose start was still queued when the app stopped, is started by the
 * feature's sweep once the grace has passed since its storing and its claim. A row the sweep
 * claimed first is skipped here, so every row is started once.
 */
public final class PacedStarts implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(PacedStarts.class);

  /** Sends the start of one row without waiting for it. */
  @FunctionalInterface
  public interface Start {
    CompletableFuture<Long> send(long id);
  }

  /** Binds the instance key to its row; runs on the client's thread. */
  @FunctionalInterface
  public interface Bind {
    void bind(long id, long processInstanceKey);
  }

  /** Which of these started rows still wait for their process's first step. */
  @FunctionalInterface
  public interface Waiting {
    Collection<Long> of(Collection<Long> ids);
  }

  /** How often the rows in flight are looked at again while the bound is reached. */
  private static final Duration LOOK_AGAIN = Duration.ofMillis(50);

  private final String what;
  private final UnstartedProcesses unstarted;
  private final int bound;
  private final Duration longestWait;
  private final Start start;
  private final Bind bind;
  private final Waiting waiting;
  private final ExecutorService sender;
  /** The rows started and not yet past their first step, with when each was sent (nanoTime). */
  private final Map<Long, Long> inFlight = new ConcurrentHashMap<>();

  /**
   * @param what what a row is, in words, for the log ("lead")
   * @param bound the most rows started and still waiting for their first step
   * @param longestWait how long a row started at most holds its place
   */
  public PacedStarts(
      String what, UnstartedProcesses unstarted, int bound, Duration longestWait, Start start, Bind bind, Waiting waiting) {
    if (bound < 1) {
      throw new IllegalArgumentException("At least one start must be allowed in flight, not " + bound);
    }
    this.what = what;
    this.unstarted = unstarted;
    this.bound = bound;
    this.longestWait = longestWait;
    this.start = start;
    this.bind = bind;
    this.waiting = waiting;
    this.sender = Executors.newSingleThreadExecutor(Thread.ofVirtual().name(what + "-starts").factory());
  }

  /** Queues the starts of these stored rows behind those queued before; returns at once. */
  public void startAll(List<Long> ids) {
    List<Long> queued = List.copyOf(ids);
    try {
      sender.execute(
          () -> {
            for (long id : queued) {
              if (!send(id)) {
                return;
              }
            }
          });
    } catch (RejectedExecutionException stopping) {
      log.warn("The app is stopping: the starts of {} {}s are left to the sweep", queued.size(), what);
    }
  }

  /** Sends one start once a place is free; false when the app is stopping and the rest are left to the sweep. */
  private boolean send(long id) {
    try {
      awaitPlace();
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
      return false;
    }
    CompletableFuture<Long> started;
    try {
      if (!unstarted.claimUnclaimed(id)) {
        return true; // bound already, or the sweep claimed it and starts it
      }
      inFlight.put(id, System.nanoTime());
      started = start.send(id);
    } catch (RuntimeException notSent) {
      inFlight.remove(id);
      log.warn("The start of {} {} is left to the sweep: {}", what, id, notSent.getMessage());
      return true;
    }
    started.whenComplete(
        (key, failure) -> {
          if (failure != null) {
            inFlight.remove(id);
            log.warn("The start of {} {} is left to the sweep: {}", what, id, failure.getMessage());
            return;
          }
          try {
            bind.bind(id, key);
          } catch (RuntimeException e) {
            log.warn("Instance {} of {} {} is left for its first step to bind: {}", key, what, id, e.getMessage());
          }
        });
    return true;
  }

  /** Waits until fewer than the bound are in flight, asking the feature which still wait. */
  private void awaitPlace() throws InterruptedException {
    while (inFlight.size() >= bound) {
      long expired = System.nanoTime() - longestWait.toNanos();
      inFlight.values().removeIf(sentAt -> sentAt - expired < 0);
      try {
        inFlight.keySet().retainAll(Set.copyOf(waiting.of(List.copyOf(inFlight.keySet()))));
      } catch (RuntimeException e) {
        log.warn("Could not tell which {}s still wait for their first step; looking again: {}", what, e.getMessage());
      }
      if (inFlight.size() >= bound) {
        Thread.sleep(LOOK_AGAIN);
      }
    }
  }

  /** Stops sending; starts still queued are left to the sweep. */
  @Override
  public void close() {
    sender.shutdownNow();
  }
}
