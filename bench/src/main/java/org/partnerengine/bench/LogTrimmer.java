package org.partnerengine.bench;

import io.camunda.zeebe.process.test.engine.LongRunningEngine;
import io.camunda.zeebe.process.test.engine.RecordFollower;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Lets a ceiling's engine drop its log as the app's follower does, every half second: an engine
 * nobody follows keeps every record, and over a long warm-up the ceiling would measure a heap
 * filling up. It skips the records rather than reading them, so the ceiling stays the engine's.
 */
final class LogTrimmer implements AutoCloseable {

  private final RecordFollower follower;
  private final ScheduledExecutorService schedule =
      Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("log-trimmer").daemon().factory());

  LogTrimmer(LongRunningEngine engine) {
    this.follower = engine.follow();
    schedule.scheduleWithFixedDelay(this::trim, 500, 500, TimeUnit.MILLISECONDS);
  }

  private void trim() {
    follower.skip();
    follower.release();
  }

  @Override
  public void close() {
    schedule.shutdownNow();
    follower.close();
  }
}
