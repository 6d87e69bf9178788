package org.partnerengine.tiering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The default facts source against the real deal and certificate tables, as migrated. */
@DatabaseTest
class JdbcTierFactsSourceTest {

  static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

  @Autowired JdbcTemplate jdbc;
  JdbcTierFactsSource source;
  long partner;
  long otherPartner;

  @BeforeEach
  void partners() {
    source = new JdbcTierFactsSource(jdbc, "EUR");
    partner = newPartner("acme.example");
    otherPartner = newPartner("other.example");
  }

  @Test
  void countsWonRevenueAndWinRateInsideTheWindowOnly() {
    deal(partner, "WON", "100000", "2026-03-01 10:00:00");
    deal(partner, "WON", "50000", "2026-12-31 23:59:59");
    deal(partner, "LOST", "80000", "2026-06-01 10:00:00");
    deal(partner, "LOST", "80000", "2026-07-01 10:00:00");
    deal(partner, "WON", "999999", "2025-12-31 23:59:59"); // before the window
    deal(partner, "REGISTERED", "500000", "2026-04-01 10:00:00"); // still open
    deal(otherPartner, "WON", "1000000", "2026-05-01 10:00:00");

    TierFacts facts = source.factsFor(partner, FROM, TO);

    assertThat(facts.bookedRevenue()).isEqualByComparingTo("150000");
    assertThat(facts.winRate()).isEqualByComparingTo("0.5");
    assertThat(source.wonRevenue(partner, Instant.parse("2026-10-01T00:00:00Z"), TO)).isEqualByComparingTo("50000");
  }

  @Test
  void countsCertificatesActiveAtTheEndOfTheWindow() {
    certificate(partner, 1, "ACTIVE", "2027-06-01 00:00:00");
    certificate(partner, 2, "ACTIVE", "2026-12-01 00:00:00");
    certificate(partner, 3, "EXPIRED", "2027-06-01 00:00:00");
    certificate(otherPartner, 1, "ACTIVE", "2027-06-01 00:00:00");

    assertThat(source.factsFor(partner, FROM, TO).activeCertificates()).isEqualTo(1);
  }

  @Test
  void aPartnerWithoutClosedDealsHasNoRevenueAndAWinRateOfZero() {
    TierFacts facts = source.factsFor(partner, FROM, TO);

    assertThat(facts.bookedRevenue()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(facts.winRate()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(facts.activeCertificates()).isZero();
  }

  @Test
  void aWinWithAnApprovedSplitCountsEachPartnersShareAndOnlyTheApprovedSplitCounts() {
    long third = newPartner("third.example");
    long split = deal(partner, "WON", "100000", "2026-03-01 10:00:00");
    long proposedOnly = deal(partner, "WON", "20000", "2026-04-01 10:00:00");
    long superseded = deal(partner, "WON", "10000", "2026-05-01 10:00:00");
    split(split, "APPROVED", partner, "60.00", otherPartner, "25.50", third, "14.50");
    split(proposedOnly, "OWNER_ACCEPTED", partner, "50.00", otherPartner, "50.00");
    split(superseded, "SUPERSEDED", partner, "10.00", otherPartner, "90.00");
    split(superseded, "APPROVED", partner, "70.00", third, "30.00");

    assertThat(source.wonRevenue(partner, FROM, TO)).isEqualByComparingTo("87000"); // 60 000 + 20 000 + 7 000
    assertThat(source.wonRevenue(otherPartner, FROM, TO)).isEqualByComparingTo("25500");
    assertThat(source.wonRevenue(third, FROM, TO)).isEqualByComparingTo("17500"); // 14 500 + 3 000
    assertThat(source.wonRevenue(third, Instant.parse("2026-04-15T00:00:00Z"), TO))
        .as("a share counts in the window of the deal's close").isEqualByComparingTo("3000");
    assertThat(source.factsFor(otherPartner, FROM, TO).winRate()).as("win counts stay with the owner").isEqualByComparingTo("0");
  }

  private void split(long dealId, String status, Object... partnersAndShares) {
    jdbc.update(
        "insert into deal_split (deal_id, owner_partner_id, status, proposed_by, proposed_at, version) values (?, ?, ?, 'manager', '2026-03-02 00:00:00', 0)",
        dealId, partner, status);
    long splitId = jdbc.queryForObject("select max(id) from deal_split where deal_id = ?", Long.class, dealId);
    for (int i = 0; i < partnersAndShares.length; i += 2) {
      jdbc.update("insert into deal_split_share (split_id, partner_id, role, share_percent) values (?, ?, ?, ?)",
          splitId, partnersAndShares[i], i == 0 ? "OWNER" : "FULFILLING", new BigDecimal((String) partnersAndShares[i + 1]));
    }
  }

  private long newPartner(String domain) {
    jdbc.update(
        "insert into partner (company_name, partner_type, country, website, company_domain, contact_name, contact_email,"
            + " annual_revenue, employees, stage, created_at, updated_at, version)"
            + " values ('Acme', 'RESELLER', 'DE', ?, ?, 'Ada', ?, 1000, 3, 'ACTIVE', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0)",
        "https://" + domain, domain, "ada@" + domain);
    return jdbc.queryForObject("select id from partner where company_domain = ?", Long.class, domain);
  }

  private long deal(long partnerId, String status, String amount, String updatedAt) {
    jdbc.update(
        "insert into deal (partner_id, customer_name, customer_domain, amount, currency, expected_close_date, status,"
            + " protection_extended, registered_at, updated_at, version)"
            + " values (?, 'Customer', 'customer.example', ?, 'EUR', '2026-12-31', ?, false, '2025-01-01 00:00:00', ?, 0)",
        partnerId, new BigDecimal(amount), status, java.sql.Timestamp.valueOf(updatedAt));
    return jdbc.queryForObject("select max(id) from deal where partner_id = ?", Long.class, partnerId);
  }

  private void certificate(long partnerId, int cycle, String status, String expiresAt) {
    jdbc.update(
        "insert into certificate (partner_id, exam_id, certification_cycle, status, issued_at, expires_at, version)"
            + " values (?, 'sales-exam', ?, ?, '2026-01-01 00:00:00', ?, 0)",
        partnerId, cycle, status, java.sql.Timestamp.valueOf(expiresAt));
  }
}
