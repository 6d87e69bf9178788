package org.partnerengine.tiering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The default facts source against the columns it relies on in the deal and certificate tables,
 * which other features own: a database of its own holds just those columns.
 */
class JdbcTierFactsSourceTest {

  static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

  JdbcTemplate jdbc;
  JdbcTierFactsSource source;

  @BeforeEach
  void tables() {
    jdbc =
        new JdbcTemplate(
            new SingleConnectionDataSource(
                "jdbc:h2:mem:tier-facts-" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE", "sa", "", true));
    jdbc.execute(
        "create table deal (id bigint auto_increment primary key, partner_id bigint not null,"
            + " status varchar(16) not null, amount decimal(19,2) not null, closed_at datetime(6))");
    jdbc.execute(
        "create table certificate (id bigint auto_increment primary key, partner_id bigint not null,"
            + " status varchar(16) not null, expires_at datetime(6))");
    source = new JdbcTierFactsSource(jdbc);
  }

  @Test
  void countsWonRevenueAndWinRateInsideTheWindowOnly() {
    deal(7, "WON", "100000", "2026-03-01 10:00:00");
    deal(7, "WON", "50000", "2026-12-31 23:59:59");
    deal(7, "LOST", "80000", "2026-06-01 10:00:00");
    deal(7, "LOST", "80000", "2026-07-01 10:00:00");
    deal(7, "WON", "999999", "2025-12-31 23:59:59"); // before the window
    deal(7, "REGISTERED", "500000", null); // still open
    deal(8, "WON", "1000000", "2026-05-01 10:00:00"); // another partner

    TierFacts facts = source.factsFor(7, FROM, TO);

    assertThat(facts.bookedRevenue()).isEqualByComparingTo("150000");
    assertThat(facts.winRate()).isEqualByComparingTo("0.5");
    assertThat(source.wonRevenue(7, Instant.parse("2026-10-01T00:00:00Z"), TO)).isEqualByComparingTo("50000");
  }

  @Test
  void countsCertificatesActiveAtTheEndOfTheWindow() {
    jdbc.update("insert into certificate (partner_id, status, expires_at) values (7, 'ACTIVE', '2027-06-01 00:00:00')");
    jdbc.update("insert into certificate (partner_id, status, expires_at) values (7, 'ACTIVE', null)");
    jdbc.update("insert into certificate (partner_id, status, expires_at) values (7, 'ACTIVE', '2026-12-01 00:00:00')");
    jdbc.update("insert into certificate (partner_id, status, expires_at) values (7, 'REVOKED', '2027-06-01 00:00:00')");

    assertThat(source.factsFor(7, FROM, TO).activeCertificates()).isEqualTo(2);
  }

  @Test
  void aPartnerWithoutClosedDealsHasNoRevenueAndAWinRateOfZero() {
    TierFacts facts = source.factsFor(7, FROM, TO);

    assertThat(facts.bookedRevenue()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(facts.winRate()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(facts.activeCertificates()).isZero();
  }

  private void deal(long partnerId, String status, String amount, String closedAt) {
    jdbc.update(
        "insert into deal (partner_id, status, amount, closed_at) values (?, ?, ?, ?)",
        partnerId,
        status,
        new BigDecimal(amount),
        closedAt == null ? null : java.sql.Timestamp.valueOf(closedAt));
  }
}
