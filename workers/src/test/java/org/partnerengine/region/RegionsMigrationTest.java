package org.partnerengine.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Upgrading a database from before regions: its partners, MDF budgets and requests move into the
 * catch-all region with nothing lost, on H2 and (profile mariadb) on MariaDB, in a database of its
 * own so the other database tests' schema is left alone.
 */
@Tag("database")
class RegionsMigrationTest {

  @Test
  void existingPartnersBudgetsAndRequestsJoinTheCatchAllRegionWithNothingLost() throws Exception {
    Database db = Database.ofThisRun();
    Flyway before = Flyway.configure().dataSource(db.url, db.user, db.password).locations("classpath:db/migration")
        .cleanDisabled(false).target("260").load();
    before.clean();
    before.migrate();
    try (Connection connection = DriverManager.getConnection(db.url, db.user, db.password);
        Statement sql = connection.createStatement()) {
      sql.execute(
          "insert into partner (id, company_name, partner_type, country, website, contact_name, contact_email, annual_revenue,"
              + " employees, stage, tier, created_at, updated_at, version) values (1, 'Acme', 'RESELLER', 'DE', 'https://acme.de', 'Ada',"
              + " 'ada@acme.de', 10, 3, 'ACTIVE', 'SILVER', now(), now(), 0)");
      sql.execute("insert into mdf_budget (tier, quarter, total, remaining) values ('SILVER', '2026-Q3', 50000.00, 41000.00)");
      sql.execute(
          "insert into mdf_request (partner_id, tier, activity, amount, planned_date, budget_quarter, status, reserved_amount,"
              + " requested_at, updated_at, version) values (1, 'SILVER', 'Fair', 9000.00, '2026-08-01', '2026-Q3', 'RESERVED', 9000.00,"
              + " now(), now(), 0)");

      Flyway.configure().dataSource(db.url, db.user, db.password).locations("classpath:db/migration").load().migrate();

      long global = single(sql, "select id from region where code = 'GLOBAL' and catch_all and status = 'LIVE'");
      assertThat(single(sql, "select region_id from partner where id = 1")).isEqualTo(global);
      assertThat(single(sql, "select region_id from mdf_request where partner_id = 1")).isEqualTo(global);
      try (ResultSet budget = sql.executeQuery("select region_id, total, remaining from mdf_budget where tier = 'SILVER' and quarter = '2026-Q3'")) {
        assertThat(budget.next()).isTrue();
        assertThat(budget.getLong("region_id")).isEqualTo(global);
        assertThat(budget.getBigDecimal("total")).isEqualByComparingTo("50000");
        assertThat(budget.getBigDecimal("remaining")).as("nothing drawn is given back or lost").isEqualByComparingTo("41000");
      }
      assertThat(single(sql, "select count(*) from region_country")).as("the catch-all names no country").isZero();

      // A second region may hold the same tier's quarter; the same region may not twice.
      sql.execute("insert into region (code, name, default_locale, status, catch_all, created_at, version)"
          + " values ('DACH', 'DACH', 'de', 'PLANNED', false, now(), 0)");
      long dach = single(sql, "select id from region where code = 'DACH'");
      sql.execute("insert into mdf_budget (region_id, tier, quarter, total, remaining) values (" + dach + ", 'SILVER', '2026-Q3', 100, 100)");
      assertThatThrownBy(() -> sql.execute(
          "insert into mdf_budget (region_id, tier, quarter, total, remaining) values (" + global + ", 'SILVER', '2026-Q3', 1, 1)"))
          .isInstanceOf(SQLException.class);
    }
  }

  private static long single(Statement sql, String query) throws SQLException {
    try (ResultSet row = sql.executeQuery(query)) {
      assertThat(row.next()).as(query).isTrue();
      return row.getLong(1);
    }
  }

  /** H2 in memory by default; with the mariadb profile, a database beside the configured one. */
  private record Database(String url, String user, String password) {
    static Database ofThisRun() throws SQLException {
      String configured = System.getProperty("spring.datasource.url");
      if (configured == null) {
        return new Database("jdbc:h2:mem:regions-migration;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
      }
      String user = System.getProperty("spring.datasource.username");
      String password = System.getProperty("spring.datasource.password", "");
      try (Connection connection = DriverManager.getConnection(configured, user, password);
          Statement sql = connection.createStatement()) {
        sql.execute("create database if not exists regions_migration");
      }
      return new Database(configured.replaceFirst("/[^/?]+(\\?.*)?$", "/regions_migration$1"), user, password);
    }
  }
}
