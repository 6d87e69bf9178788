package io.camunda.zeebe.process.test.engine;

import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.util.buffer.BufferWriter;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The log in memory, like Zeebe Process Test's, except that it forgets: blocks every reader has
 * passed are dropped ({@link #trimUpTo}), so the log holds what is still in flight rather than
 * everything since the start. A reader that seeks to a dropped position continues from the oldest
 * block still kept. It extends {@link InMemoryLogStorage} only because {@link EngineStateMonitor}
 * asks for that type; every method is its own, the parent's list stays empty.
 */
final class TrimmedLogStorage extends InMemoryLogStorage {

  /** Blocks by their lowest position; appends, trims and reads run on different threads. */
  private final ConcurrentSkipListMap<Long, Block> blocks = new ConcurrentSkipListMap<>();

  private final Set<CommitListener> commitListeners = ConcurrentHashMap.newKeySet();
  private final AtomicLong lastIndex = new AtomicLong();

  private record Block(long highestPosition, ByteBuffer buffer) {}

  @Override
  public LogStorageReader newReader() {
    return new Reader();
  }

  @Override
  public void append(long lowestPosition, long highestPosition, BufferWriter bufferWriter, AppendListener listener) {
    ByteBuffer buffer = ByteBuffer.allocate(bufferWriter.getLength());
    bufferWriter.write(new UnsafeBuffer(buffer), 0);
    append(lowestPosition, highestPosition, buffer, listener);
  }

  @Override
  public void append(long lowestPosition, long highestPosition, ByteBuffer blockBuffer, AppendListener listener) {
    blocks.put(lowestPosition, new Block(highestPosition, blockBuffer));
    long index = lastIndex.incrementAndGet();
    // Written is committed here: there is no replication to wait for.
    listener.onWrite(index, highestPosition);
    listener.onCommit(index, highestPosition);
    commitListeners.forEach(CommitListener::onCommit);
  }

  @Override
  public void addCommitListener(CommitListener listener) {
    commitListeners.add(listener);
  }

  @Override
  public void removeCommitListener(CommitListener listener) {
    commitListeners.remove(listener);
  }

  /** Drops every block whose records are all at or below {@code position}. */
  void trimUpTo(long position) {
    for (var oldest = blocks.firstEntry(); oldest != null; oldest = blocks.firstEntry()) {
      if (oldest.getValue().highestPosition() > position) {
        return;
      }
      blocks.remove(oldest.getKey(), oldest.getValue());
    }
  }

  /** Blocks kept, for tests and diagnostics. */
  int blockCount() {
    return blocks.size();
  }

  /**
   * Reads by position, not by index, so blocks dropped behind it or ahead of it do not shift what
   * it returns next.
   */
  private final class Reader implements LogStorageReader {

    /** The lowest position the next block may start at. */
    private long cursor = Long.MIN_VALUE;

    /** The block {@link #hasNext} found, so a trim in between cannot take it away. */
    private Map.Entry<Long, Block> ahead;

    @Override
    public void seek(long position) {
      // The block that holds the position; none when it was dropped, then the oldest kept one.
      Long start = blocks.floorKey(position);
      cursor = start == null ? Long.MIN_VALUE : start;
      ahead = null;
    }

    @Override
    public boolean hasNext() {
      if (ahead == null) {
        ahead = blocks.ceilingEntry(cursor);
      }
      return ahead != null;
    }

    @Override
    public DirectBuffer next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Map.Entry<Long, Block> block = ahead;
      ahead = null;
      cursor = block.getKey() + 1;
      return new UnsafeBuffer(block.getValue().buffer());
    }

    @Override
    public void close() {
      ahead = null;
    }
  }
}
