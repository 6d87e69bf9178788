package org.partnerengine.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Keeps files in a directory, named by version id only (never by the client's file name), written
 * to a temporary file first and moved into place, so a reader never sees half a file.
 */
class FileSystemContentStorage implements ContentStorage {

  private final Path directory;

  FileSystemContentStorage(Path directory) {
    this.directory = directory;
  }

  @Override
  public void store(long versionId, byte[] content) {
    try {
      Files.createDirectories(directory);
      Path temporary = Files.createTempFile(directory, "upload-", ".part");
      Files.write(temporary, content);
      Files.move(temporary, file(versionId), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Content file of version " + versionId + " not stored", e);
    }
  }

  @Override
  public InputStream open(long versionId) {
    try {
      return Files.newInputStream(file(versionId));
    } catch (NoSuchFileException e) {
      throw new ContentNotFound(versionId);
    } catch (IOException e) {
      throw new UncheckedIOException("Content file of version " + versionId + " not readable", e);
    }
  }

  private Path file(long versionId) {
    return directory.resolve("version-" + versionId + ".bin");
  }
}
