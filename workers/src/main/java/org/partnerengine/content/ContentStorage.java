package org.partnerengine.content;

import java.io.InputStream;

/**
 * Where uploaded files of the library are kept, one per version. Chosen by
 * {@code partner-engine.content.storage}: the database (default) or a directory.
 */
public interface ContentStorage {

  /** Stores the version's file, replacing one stored before for the same version. */
  void store(long versionId, byte[] content);

  /** The version's file; {@link ContentNotFound} when none is stored. */
  InputStream open(long versionId);
}
