package org.partnerengine.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.partnerengine.territory.TerritoryNotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fairness report, figured from stored leads, offers and candidates, and checked against the
 * same figures worked out by hand here.
 */
@DatabaseTest
@Import(LeadFairness.class)
class LeadFairnessTest {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final AtomicInteger LEADS = new AtomicInteger();

  @Autowired LeadFairness fairness;
  @Autowired Partners partners;
  @Autowired JdbcTemplate jdbc;

  long territory;
  long gold;
  long silver;

  @BeforeEach
  void aTerritoryWithTwoPartners() {
    jdbc.update("insert into territory (name, created_at, updated_at, version) values ('Benelux', ?, ?, 0)", ts(T0), ts(T0));
    territory = jdbc.queryForObject("select id from territory where name = 'Benelux'", Long.class);
    jdbc.update("insert into territory_area (territory_id, country, postcode_prefix) values (?, 'NL', '')", territory);
    jdbc.update("insert into territory_area (territory_id, country, postcode_prefix) values (?, 'BE', '10')", territory);
    gold = partner("Gold Partner BV");
    silver = partner("Silver Partner BV");
  }

  @Test
  void eachPartnersShareOfOffersStandsBesideItsShareOfWeightWithItsRatesAndTimes() {
    // Four routed leads: gold weighs 3, silver 1 in every round (a fair share of 75 % and 25 %).
    long l1 = lead("NL", null, "crm", "CONVERTED", gold);
    offer(l1, 1, gold, "ACCEPTED", Duration.ofHours(2));
    candidates(l1, 1);
    long l2 = lead("NL", null, "crm", "ACCEPTED", gold);
    offer(l2, 1, gold, "ACCEPTED", Duration.ofHours(10));
    candidates(l2, 1);
    long l3 = lead("BE", "1050", "web", "ACCEPTED", gold);
    offer(l3, 1, silver, "DECLINED", Duration.ofHours(1));
    candidates(l3, 1);
    offer(l3, 2, gold, "ACCEPTED", Duration.ofHours(4));
    candidates(l3, 2);
    long l4 = lead("NL", null, "web", "TRIAGE", null);
    offer(l4, 1, silver, "EXPIRED", null);
    candidates(l4, 1);
    // Outside the territory (another postcode, another country) or the period: not counted.
    lead("BE", "2000", "web", "ROUTING", null);
    lead("DE", null, "web", "ROUTING", null);

    LeadFairness.Report report = fairness.of(territory, T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(30)));

    assertThat(report.leads()).isEqualTo(4);
    assertThat(report.offers()).isEqualTo(5);
    assertThat(report.rounds()).isEqualTo(5);
    LeadFairness.PartnerShare g = share(report, gold);
    assertThat(g.offers()).isEqualTo(3);
    assertThat(g.offerShare()).isEqualByComparingTo("60.0");
    assertThat(g.weightShare()).isEqualByComparingTo("75.0");
    assertThat(g.accepted()).isEqualTo(3);
    assertThat(g.acceptanceRate()).isEqualByComparingTo("100.0");
    assertThat(g.converted()).isEqualTo(1);
    assertThat(g.conversionRate()).isEqualByComparingTo("33.3");
    assertThat(g.hoursToAcceptMedian()).isEqualTo(4.0);
    assertThat(g.hoursToAcceptP90()).isEqualTo(10.0);
    LeadFairness.PartnerShare s = share(report, silver);
    assertThat(s.offers()).isEqualTo(2);
    assertThat(s.offerShare()).isEqualByComparingTo("40.0");
    assertThat(s.weightShare()).isEqualByComparingTo("25.0");
    assertThat(s.declined()).isEqualTo(1);
    assertThat(s.expired()).isEqualTo(1);
    assertThat(s.acceptanceRate()).isEqualByComparingTo("0.0");
    assertThat(s.hoursToAcceptMedian()).isNull();
    assertThat(report.bySource()).containsExactly(
        new LeadFairness.SourceFigures("crm", 2, 2, 2, 1), new LeadFairness.SourceFigures("web", 2, 3, 1, 0));
  }

  @Test
  void aPartnerLeftOutOfARoundHasNoWeightThereAndAnUnknownTerritoryIsNotFound() {
    long l1 = lead("NL", null, "crm", "ACCEPTED", gold);
    offer(l1, 1, gold, "ACCEPTED", Duration.ofHours(1));
    jdbc.update("insert into lead_candidate (lead_id, round, partner_id, weight) values (?, 1, ?, 2)", l1, gold);
    jdbc.update("insert into lead_candidate (lead_id, round, partner_id, excluded_reason) values (?, 1, ?, 'AT_CAPACITY')", l1, silver);

    LeadFairness.Report report = fairness.of(territory, T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(1)));

    assertThat(share(report, gold).weightShare()).isEqualByComparingTo("100.0");
    assertThat(share(report, silver).weightShare()).isEqualByComparingTo("0.0");
    assertThat(share(report, silver).offers()).isZero();
    assertThatThrownBy(() -> fairness.of(987654321L, T0, T0.plusSeconds(1))).isInstanceOf(TerritoryNotFound.class);
  }

  private static LeadFairness.PartnerShare share(LeadFairness.Report report, long partnerId) {
    return report.partners().stream().filter(p -> p.partnerId() == partnerId).findFirst().orElseThrow();
  }

  private long partner(String name) {
    long id =
        partners.saveAndFlush(new Partner(name, PartnerType.RESELLER, "NL", "https://" + name.replace(' ', '-') + ".example", "Ann",
            "ann@" + name.replace(' ', '-') + ".example", new BigDecimal("1000000"), 20, T0)).getId();
    jdbc.update("insert into partner_coverage (partner_id, capacity, updated_at, version) values (?, 10, ?, 0)", id, ts(T0));
    jdbc.update("insert into partner_territory (partner_id, territory_id) values (?, ?)", id, territory);
    return id;
  }

  private long lead(String country, String postcode, String source, String status, Long partnerId) {
    int n = LEADS.incrementAndGet();
    jdbc.update(
        "insert into sales_lead (company_name, domain, country, postcode, product, contact_name, contact_email, source, status, partner_id,"
            + " received_at, updated_at, version) values (?, ?, ?, ?, 'core-platform', 'Bea', ?, ?, ?, ?, ?, ?, 0)",
        "Customer " + n, "customer-" + n + ".example", country, postcode, "bea@customer-" + n + ".example", source, status, partnerId,
        ts(T0), ts(T0));
    return jdbc.queryForObject("select id from sales_lead where domain = ?", Long.class, "customer-" + n + ".example");
  }

  private void offer(long lead, int round, long partnerId, String status, Duration decidedAfter) {
    jdbc.update(
        "insert into lead_offer (lead_id, round, partner_id, weight, status, assigned, offered_at, expires_at, decided_at, version)"
            + " values (?, ?, ?, 1, ?, false, ?, ?, ?, 0)",
        lead, round, partnerId, status, ts(T0), ts(T0.plus(Duration.ofDays(2))), decidedAfter == null ? null : ts(T0.plus(decidedAfter)));
  }

  private void candidates(long lead, int round) {
    jdbc.update("insert into lead_candidate (lead_id, round, partner_id, weight) values (?, ?, ?, 3)", lead, round, gold);
    jdbc.update("insert into lead_candidate (lead_id, round, partner_id, weight) values (?, ?, ?, 1)", lead, round, silver);
  }

  private static Timestamp ts(Instant at) {
    return Timestamp.from(at);
  }
}
