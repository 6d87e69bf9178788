package org.partnerengine.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants are stored as UTC wall-clock datetime(6) (hibernate.jdbc.time_zone=UTC): a LocalDateTime
 * goes to and comes from the database as that wall clock, whatever the JVM's or the session's zone.
 */
public final class Utc {

  private Utc() {}

  public static LocalDateTime of(Instant at) {
    return at.atOffset(ZoneOffset.UTC).toLocalDateTime();
  }

  public static Instant read(ResultSet rs, String column) throws SQLException {
    LocalDateTime value = rs.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }
}
