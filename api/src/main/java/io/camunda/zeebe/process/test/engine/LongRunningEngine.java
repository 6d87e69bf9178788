package io.camunda.zeebe.process.test.engine;

import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.scheduler.ActorScheduler;
import io.camunda.zeebe.scheduler.clock.ControlledActorClock;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import io.grpc.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded engine for a process that runs for months: its log keeps only the records that the
 * stream processor and every {@link RecordFollower} have not yet passed, so memory follows the
 * live state rather than the history. Whoever needs the history folds it from a follower. The
 * log is trimmed when a follower releases what it read, so an engine nobody follows keeps it all.
 *
 * <p>{@link #getRecordStreamSource()} therefore answers only the records still in the log: the
 * recent ones, not everything since the start as in Zeebe Process Test.
 */
public class LongRunningEngine extends InMemoryEngine {

  private static final Logger log = LoggerFactory.getLogger(LongRunningEngine.class);

  private final LogStream logStream;
  private final TrimmedLogStorage logStorage;
  private final StreamProcessor streamProcessor;
  private final List<RecordFollower> followers = new CopyOnWriteArrayList<>();

  LongRunningEngine(
      Server grpcServer,
      StreamProcessor streamProcessor,
      GrpcToLogStreamGateway gateway,
      ZeebeDb<ZbColumnFamilies> database,
      LogStream logStream,
      TrimmedLogStorage logStorage,
      ActorScheduler scheduler,
      ControlledActorClock clock,
      EngineStateMonitor stateMonitor) {
    super(grpcServer, streamProcessor, gateway, database, logStream, scheduler, retainedRecords(logStream), clock, stateMonitor);
    this.logStream = logStream;
    this.logStorage = logStorage;
    this.streamProcessor = streamProcessor;
  }

  /** A follower from the oldest record still in the log; the log keeps what it has not read. */
  public RecordFollower follow() {
    RecordFollower follower = new RecordFollower(logStream.newLogStreamReader(), logStream.getPartitionId(), this);
    followers.add(follower);
    return follower;
  }

  void unfollow(RecordFollower follower) {
    followers.remove(follower);
  }

  /** Blocks in the log, for tests that check it is trimmed. */
  int logBlocks() {
    return logStorage.blockCount();
  }

  /** Drops the log up to the lowest position both the stream processor and every follower passed. */
  void trimLog() {
    long passed;
    try {
      passed = streamProcessor.getLastProcessedPositionAsync().join(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      // Zeebe's futures rethrow a timeout unchecked, hence Exception. A busy engine answers late.
      log.debug("The stream processor did not tell its position; the log is trimmed next time", e);
      return;
    }
    for (RecordFollower follower : followers) {
      passed = Math.min(passed, follower.position());
    }
    if (passed >= 0) {
      logStorage.trimUpTo(passed);
    }
  }

  /**
   * Each call reads the log as it is now; nothing is kept between calls. One reader serves all
   * calls because the log stream holds on to every reader it hands out.
   */
  private static RecordStreamSource retainedRecords(LogStream logStream) {
    LogStreamReader reader = logStream.newLogStreamReader();
    return () -> {
      List<Record<?>> records = new ArrayList<>();
      synchronized (reader) {
        reader.seekToFirstEvent();
        reader.forEachRemaining(event -> records.add(RecordFollower.toRecord(event, logStream.getPartitionId())));
      }
      return records;
    };
  }
}
