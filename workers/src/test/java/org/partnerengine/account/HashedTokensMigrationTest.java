package org.partnerengine.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** Upgrading a database whose invitations were stored in plain text withdraws them. */
class HashedTokensMigrationTest {

  private static final String URL = "jdbc:h2:mem:hashed-tokens-migration;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

  @Test
  void aPlainTextInvitationTokenIsWithdrawnAndCountedAsSentSoTheNextGetsAKeyOfItsOwn() throws Exception {
    Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").target("72").load().migrate();
    try (Connection connection = DriverManager.getConnection(URL, "sa", "");
        Statement sql = connection.createStatement()) {
      sql.execute(
          "insert into partner (id, company_name, partner_type, country, website, contact_name, contact_email, annual_revenue,"
              + " employees, stage, created_at, updated_at, version) values (1, 'Acme', 'RESELLER', 'DE', 'https://acme.de', 'Ada',"
              + " 'ada@acme.de', 10, 3, 'ONBOARD', now(), now(), 0)");
      sql.execute(
          "insert into portal_account (partner_id, username, status, invitation_token, invitation_expires_at, created_at, version)"
              + " values (1, 'ada@acme.de', 'INVITED', 'a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6', now(), now(), 0)");

      Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();

      try (ResultSet columns = connection.getMetaData().getColumns(null, null, "portal_account", "invitation_token")) {
        assertThat(columns.next()).as("the plain-text column is dropped").isFalse();
      }
      try (ResultSet row = sql.executeQuery("select invitation_token_hash, invitations_sent, status from portal_account")) {
        assertThat(row.next()).isTrue();
        assertThat(row.getString("invitation_token_hash")).isNull();
        assertThat(row.getInt("invitations_sent")).isEqualTo(1);
        assertThat(row.getString("status")).isEqualTo("INVITED");
      }
    }
  }
}
