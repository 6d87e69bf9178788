package org.partnerengine.engine;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the starts of many rows stored at once (a lead import's) with at most a bounded number
 * waiting for the engine's answer, in the order they were handed over, on a thread of its own.
 * Sent all at once, thousands of start commands queue in the engine's log in front of everything
 * else: the workers' polls wait behind them until they time out, the jobs the job streams could
 * not take wait for the next poll, and the whole batch crawls.
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

  private final String what;
  private final UnstartedProcesses unstarted;
  private final Semaphore inFlight;
  private final Start start;
  private final Bind bind;
  private final ExecutorService sender;

  /**
   * @param what what a row is, in words, for the log ("lead")
   * @param inFlight the most starts sent and not yet answered
   */
  public PacedStarts(String what, UnstartedProcesses unstarted, int inFlight, Start start, Bind bind) {
    if (inFlight < 1) {
      throw new IllegalArgumentException("At least one start must be allowed in flight, not " + inFlight);
    }
    this.what = what;
    this.unstarted = unstarted;
    this.inFlight = new Semaphore(inFlight);
    this.start = start;
    this.bind = bind;
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

  /** Sends one start once a slot is free; false when the app is stopping and the rest are left to the sweep. */
  private boolean send(long id) {
    try {
      inFlight.acquire();
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
      return false;
    }
    CompletableFuture<Long> started;
    try {
      if (!unstarted.claimUnclaimed(id)) {
        inFlight.release(); // bound already, or the sweep claimed it and starts it
        return true;
      }
      started = start.send(id);
    } catch (RuntimeException notSent) {
      inFlight.release();
      log.warn("The start of {} {} is left to the sweep: {}", what, id, notSent.getMessage());
      return true;
    }
    started.whenComplete(
        (key, failure) -> {
          inFlight.release();
          if (failure != null) {
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

  /** Stops sending; starts still queued are left to the sweep. */
  @Override
  public void close() {
    sender.shutdownNow();
  }
}
