package org.partnerengine.leads;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The stored reports of lead imports (table {@code lead_import}), as JSON. */
@Component
class LeadImports {

  private final JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();

  LeadImports(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the report (in the caller's transaction) and answers it with its id. */
  LeadIntake.ImportReport store(LeadIntake.ImportReport report, Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        connection -> {
          PreparedStatement insert =
              connection.prepareStatement(
                  "insert into lead_import (rows_read, accepted, refused, report, imported_at) values (?, ?, ?, '', ?)",
                  Statement.RETURN_GENERATED_KEYS);
          insert.setInt(1, report.rows());
          insert.setInt(2, report.accepted().size());
          insert.setInt(3, report.refused().size());
          insert.setTimestamp(4, Timestamp.from(at));
          return insert;
        },
        key);
    long id = Objects.requireNonNull(key.getKey()).longValue();
    LeadIntake.ImportReport stored = new LeadIntake.ImportReport(id, report.rows(), report.accepted(), report.refused());
    jdbc.update("update lead_import set report = ? where id = ?", write(stored), id);
    return stored;
  }

  String report(long importId) {
    return jdbc.queryForObject("select report from lead_import where id = ?", String.class, importId);
  }

  private String write(LeadIntake.ImportReport report) {
    try {
      return json.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
