package org.partnerengine.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A job that changes a partner holds the partner's row from its first read, so that it never
 * shares the row first (the history's foreign key) and then needs it alone, which deadlocks on
 * MySQL against a second writer, such as the applicant's request binding the instance key.
 */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class PartnerRowLockTest {

  @Autowired Partners partners;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired DataSource dataSource;

  private long partnerId;

  @BeforeEach
  void storePartner() {
    partnerId =
        partners
            .save(
                new Partner(
                    "Locked Row GmbH", PartnerType.RESELLER, "DE", "https://locked-row.example", "Ada Lovelace",
                    "ada@locked-row.example", new BigDecimal("1000000"), 10, Instant.parse("2026-03-01T10:00:00Z")))
            .getId();
  }

  @AfterEach
  void removePartner() {
    partners.deleteById(partnerId);
  }

  @Test
  void aPartnerLoadedForUpdateIsWrittenByNoOtherUntilItsTransactionEnds() throws SQLException {
    new TransactionTemplate(transactionManager)
        .executeWithoutResult(
            status -> {
              partners.requireForUpdate(partnerId);
              assertThatThrownBy(this::bindFromAnotherConnection).isInstanceOf(SQLException.class);
            });

    assertThat(bindFromAnotherConnection()).as("free once the transaction ended").isEqualTo(1);
  }

  @Test
  void aPartnerLoadedToReadIsNotHeld() {
    Integer bound =
        new TransactionTemplate(transactionManager)
            .execute(
                status -> {
                  partners.require(partnerId);
                  try {
                    return bindFromAnotherConnection();
                  } catch (SQLException e) {
                    throw new AssertionError("a read must not hold the row", e);
                  }
                });

    assertThat(bound).isEqualTo(1);
  }

  /**
   * What the applicant's request does, on a connection of its own that waits at most a second for
   * a lock; the connection leaves the pool afterwards, so its timeout stays with it.
   */
  private int bindFromAnotherConnection() throws SQLException {
    Connection connection = dataSource.getConnection();
    try (Statement settings = connection.createStatement()) {
      boolean h2 = connection.getMetaData().getDatabaseProductName().contains("H2");
      settings.execute(h2 ? "SET LOCK_TIMEOUT 1000" : "SET SESSION innodb_lock_wait_timeout = 1");
      connection.setAutoCommit(true);
      try (PreparedStatement bind =
          connection.prepareStatement("update partner set process_instance_key = 4711 where id = ?")) {
        bind.setLong(1, partnerId);
        return bind.executeUpdate();
      }
    } finally {
      dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
    }
  }
}
