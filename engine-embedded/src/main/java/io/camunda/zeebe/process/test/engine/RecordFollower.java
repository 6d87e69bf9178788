package io.camunda.zeebe.process.test.engine;

import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.logstreams.log.LoggedEvent;
import io.camunda.zeebe.protocol.impl.record.CopiedRecord;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.UnifiedRecordValue;
import io.camunda.zeebe.protocol.record.Record;
import java.util.function.Consumer;

/**
 * Reads the engine's records in order, each once, from where it stopped. Unlike Zeebe Process
 * Test's record source it keeps none of them: the caller folds what it needs, and the position it
 * reached lets the engine drop the log behind it. A follower starts at the oldest record the log
 * still holds.
 */
public final class RecordFollower implements AutoCloseable {

  private final LogStreamReader reader;
  private final int partitionId;
  private final LongRunningEngine engine;
  private volatile long position = -1;

  RecordFollower(LogStreamReader reader, int partitionId, LongRunningEngine engine) {
    this.reader = reader;
    this.partitionId = partitionId;
    this.engine = engine;
  }

  /** Hands every record written since the last call to {@code consumer}; answers how many. */
  public synchronized int follow(Consumer<Record<?>> consumer) {
    int count = 0;
    while (reader.hasNext()) {
      LoggedEvent event = reader.next();
      Record<?> record = toRecord(event, partitionId);
      // Past it even if the consumer fails: one bad record must not stop the follower for good.
      position = event.getPosition();
      count++;
      consumer.accept(record);
    }
    return count;
  }

  /**
   * Passes every record written since the last call without reading it, for a caller that only
   * lets the log be trimmed; answers how many.
   */
  public synchronized int skip() {
    int count = 0;
    while (reader.hasNext()) {
      position = reader.next().getPosition();
      count++;
    }
    return count;
  }

  /** Tells the engine that everything followed so far may be dropped from the log. */
  public void release() {
    engine.trimLog();
  }

  /** The position of the last record handed out, -1 before the first. */
  public long position() {
    return position;
  }

  /** Stops holding the log back. */
  @Override
  public synchronized void close() {
    engine.unfollow(this);
    reader.close();
  }

  /** A logged event as a record, mapped as Zeebe Process Test's record source maps it. */
  static Record<?> toRecord(LoggedEvent event, int partitionId) {
    RecordMetadata metadata = new RecordMetadata();
    event.readMetadata(metadata);
    UnifiedRecordValue value = UnifiedRecordValue.fromValueType(metadata.getValueType());
    event.readValue(value);
    return new CopiedRecord<>(
        value, metadata, event.getKey(), partitionId, event.getPosition(), event.getSourceEventPosition(), event.getTimestamp());
  }
}
