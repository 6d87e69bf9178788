package io.camunda.zeebe.process.test.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.logstreams.storage.LogStorage.AppendListener;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class TrimmedLogStorageTest {

  private final TrimmedLogStorage storage = new TrimmedLogStorage();

  @Test
  void dropsOnlyBlocksWhoseRecordsAreAllAtOrBelowThePosition() {
    append(1, 3);
    append(4, 6);
    append(7, 9);

    storage.trimUpTo(5);

    assertThat(storage.blockCount()).isEqualTo(2);
    assertThat(blocksFrom(1)).containsExactly(4L, 7L);
  }

  @Test
  void aReaderSeekingADroppedPositionContinuesFromTheOldestKeptBlock() {
    append(1, 3);
    append(4, 6);
    append(7, 9);
    storage.trimUpTo(6);

    assertThat(blocksFrom(2)).containsExactly(7L);
    assertThat(blocksFrom(8)).containsExactly(7L);
  }

  @Test
  void aReaderKeepsItsPlaceWhileBlocksBehindItAreDroppedAndNewOnesArrive() {
    append(1, 3);
    append(4, 6);
    LogStorageReader reader = storage.newReader();
    reader.seek(Long.MIN_VALUE);
    assertThat(first(reader)).isEqualTo(1L);

    storage.trimUpTo(3);
    append(7, 9);

    assertThat(first(reader)).isEqualTo(4L);
    assertThat(first(reader)).isEqualTo(7L);
    assertThat(reader.hasNext()).isFalse();
  }

  private void append(long lowest, long highest) {
    ByteBuffer block = ByteBuffer.allocate(Long.BYTES);
    new UnsafeBuffer(block).putLong(0, lowest);
    storage.append(lowest, highest, block, new AppendListener() {});
  }

  /** The lowest position of each block a reader returns after seeking {@code position}. */
  private List<Long> blocksFrom(long position) {
    LogStorageReader reader = storage.newReader();
    reader.seek(position);
    List<Long> lowest = new ArrayList<>();
    while (reader.hasNext()) {
      lowest.add(first(reader));
    }
    return lowest;
  }

  private static long first(LogStorageReader reader) {
    return reader.next().getLong(0);
  }
}
