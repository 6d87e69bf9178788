package org.partnerengine.paging;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Keeps the SQL Hibernate sends, so a test can ask the database for its plan. */
public class RecordedStatements implements StatementInspector {

  static final List<String> SQL = new CopyOnWriteArrayList<>();

  @Override
  public String inspect(String sql) {
    SQL.add(sql);
    return sql;
  }
}
