package org.partnerengine.content;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The enablement library's rules an operator sets.
 *
 * @param storage where uploaded files live: {@code database} (a BLOB table, the default) or
 *     {@code file-system} (the {@code directory})
 * @param directory the file-system storage's directory
 * @param maxFileSize the largest file an upload may carry
 * @param reviewPeriod how long after publication an asset is reviewed, unless its version names a
 *     review date
 * @param reviewGrace how long a due review may wait before the asset is retired without one
 */
@ConfigurationProperties("partner-engine.content")
public record ContentSettings(String storage, Path directory, DataSize maxFileSize, Duration reviewPeriod, Duration reviewGrace) {

  public ContentSettings {
    storage = storage == null ? "database" : storage;
    directory = directory == null ? Path.of("content") : directory;
    maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
    reviewPeriod = reviewPeriod == null ? Duration.ofDays(180) : reviewPeriod;
    reviewGrace = reviewGrace == null ? Duration.ofDays(14) : reviewGrace;
  }
}
