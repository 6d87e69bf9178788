package org.partnerengine.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemContentStorageTest {

  @TempDir Path directory;

  @Test
  void aStoredFileReadsBackAndAReplacementWins() throws IOException {
    FileSystemContentStorage storage = new FileSystemContentStorage(directory.resolve("library"));

    storage.store(5, new byte[] {1, 2, 3});
    storage.store(5, new byte[] {4, 5});

    try (InputStream file = storage.open(5)) {
      assertThat(file.readAllBytes()).containsExactly(4, 5);
    }
    try (var files = Files.list(directory.resolve("library"))) {
      assertThat(files).hasSize(1);
    }
  }

  @Test
  void theSettingsChooseTheStorageAndAnUnknownOneStopsTheStart() {
    ContentStorageConfiguration configuration = new ContentStorageConfiguration();

    assertThat(configuration.contentStorage(settings("file-system"), null)).isInstanceOf(FileSystemContentStorage.class);
    assertThat(configuration.contentStorage(settings(null), null)).isInstanceOf(DatabaseContentStorage.class);
    assertThatThrownBy(() -> configuration.contentStorage(settings("s3"), null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("expected database or file-system");
  }

  private ContentSettings settings(String storage) {
    return new ContentSettings(storage, directory, null, null, null);
  }

  @Test
  void aVersionWithoutAFileIsNotFound() {
    assertThatThrownBy(() -> new FileSystemContentStorage(directory).open(6)).isInstanceOf(ContentNotFound.class);
  }
}
