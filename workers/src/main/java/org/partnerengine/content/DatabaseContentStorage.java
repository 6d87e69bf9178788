package org.partnerengine.content;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Keeps files in the content_file table: one database to back up, fine for decks and price lists. */
class DatabaseContentStorage implements ContentStorage {

  private final JdbcTemplate jdbc;

  DatabaseContentStorage(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void store(long versionId, byte[] content) {
    jdbc.update("delete from content_file where version_id = ?", versionId);
    jdbc.update("insert into content_file (version_id, data) values (?, ?)", versionId, content);
  }

  @Override
  public InputStream open(long versionId) {
    List<byte[]> found = jdbc.query("select data from content_file where version_id = ?", (rs, i) -> rs.getBytes(1), versionId);
    if (found.isEmpty()) {
      throw new ContentNotFound(versionId);
    }
    return new ByteArrayInputStream(found.get(0));
  }
}
