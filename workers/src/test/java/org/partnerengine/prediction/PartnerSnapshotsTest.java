package org.partnerengine.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.analytics.AnalyticsFixtures;
import org.partnerengine.analytics.GeneratedHistory;
import org.partnerengine.analytics.Utc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A snapshot says what was known on its day and nothing after: events at or after the day, of
 * every kind the snapshot reads, change none of its figures. Labels follow the two quarters after.
 */
@DatabaseTest
@Import({AnalyticsFixtures.class, PartnerSnapshots.class})
class PartnerSnapshotsTest {

  static final LocalDate DAY = LocalDate.parse("2026-03-01");
  static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired PartnerSnapshots snapshots;

  @Test
  void noEventOnOrAfterItsDayChangesASnapshot() {
    GeneratedHistory history = new GeneratedHistory(dataSource);
    long partner = history.partner("ACTIVE", "SILVER", AT.minus(days(400)));
    history.stageEntered(partner, "ACTIVE", AT.minus(days(300)));
    history.deal(partner, BigDecimal.TEN, "WON", AT.minus(days(60)), AT.minus(days(40)), DAY);
    history.deal(partner, BigDecimal.TEN, "LOST", AT.minus(days(60)), AT.minus(days(20)), DAY);
    history.deal(partner, BigDecimal.TEN, "WON", AT.minus(days(300)), AT.minus(days(250)), DAY);
    history.certificate(partner, "sales-exam", 1, "ACTIVE", AT.minus(days(300)), AT.plus(days(60)));
    history.libraryViews(partner, java.util.List.of(AT.minus(days(10)), AT.minus(days(89)), AT.minus(days(91))));
    history.surveyAnswer(partner, 9, AT.minus(days(30)));
    offer(partner, AT.minus(days(30)), AT.minus(days(28)), "ACCEPTED");
    offer(partner, AT.minus(days(20)), AT.minus(days(18)), "EXPIRED");
    offer(partner, AT.minus(days(1)), AT.plus(days(1)), "OPEN"); // its window is still open on the day

    SnapshotFeatures before = snapshots.features(partner, DAY).orElseThrow();

    assertThat(before.daysSinceLastWin()).isEqualTo(40);
    assertThat(before.winsLast180Days()).isEqualTo(1);
    assertThat(before.winRateTrend()).isEqualByComparingTo("-0.5"); // 1 of 2 against 1 of 1
    assertThat(before.activeCertificates()).isEqualTo(1);
    assertThat(before.certificateExpiringSoon()).isTrue();
    assertThat(before.libraryViewsLast90Days()).isEqualTo(2);
    assertThat(before.leadAcceptanceRate()).isEqualByComparingTo("0.5");
    assertThat(before.npsScore()).isEqualTo(9);
    assertThat(before.daysInStage()).isEqualTo(300);

    // Everything that happens from the day on.
    history.deal(partner, BigDecimal.TEN, "WON", AT.minus(days(10)), AT, DAY);
    history.deal(partner, BigDecimal.TEN, "LOST", AT.minus(days(10)), AT.plus(days(3)), DAY);
    history.certificate(partner, "sales-exam", 2, "ACTIVE", AT, AT.plus(days(800)));
    jdbc.update("update certificate set expired_at = ?, status = 'EXPIRED' where partner_id = ? and certification_cycle = 1",
        Utc.of(AT.plus(days(2))), partner);
    history.libraryViews(partner, java.util.List.of(AT, AT.plus(days(1))));
    history.surveyAnswer(partner, 2, AT.plus(days(5)));
    jdbc.update("update lead_offer set status = 'ACCEPTED', decided_at = ? where partner_id = ? and status = 'OPEN'", Utc.of(AT.plusSeconds(60)), partner);
    jdbc.update("update lead_offer set status = 'RECLAIMED' where partner_id = ? and status = 'ACCEPTED'", partner);
    jdbc.update("insert into mdf_request (partner_id, region_id, tier, activity, amount, planned_date, budget_quarter, status, requested_at,"
        + " updated_at, version) values (?, (select id from region where catch_all), 'SILVER', 'Fair', 100, ?, '2026-Q2', 'REQUESTED', ?, ?, 0)", partner, DAY.plusDays(30), Utc.of(AT), Utc.of(AT));
    history.stageEntered(partner, "CERTIFY", AT.plus(days(3)));
    history.event(partner, "OFFBOARDED", "OFFBOARDED", AT.plus(days(4)));

    assertThat(snapshots.features(partner, DAY)).contains(before);
    assertThat(snapshots.features(partner, DAY.plusDays(5))).as("offboarded by then").isEmpty();
  }

  @Test
  void snapshotsAreTakenOnceAMonthAndLabelledWhenTwoQuartersHavePassed() {
    GeneratedHistory history = new GeneratedHistory(dataSource);
    long keepsWinning = history.partner("ACTIVE", "SILVER", AT.minus(days(400)));
    long goesQuiet = history.partner("ACTIVE", "SILVER", AT.minus(days(400)));
    long leaves = history.partner("ACTIVE", "SILVER", AT.minus(days(400)));
    long applicant = history.partner("RECRUIT", null, AT.minus(days(400)));
    for (long p : new long[] {keepsWinning, goesQuiet, leaves}) {
      history.stageEntered(p, "ACTIVE", AT.minus(days(100)));
    }
    history.stageEntered(applicant, "RECRUIT", AT.minus(days(100)));
    history.deal(keepsWinning, BigDecimal.TEN, "WON", AT.minus(days(10)), AT.plus(days(100)), DAY);
    history.deal(leaves, BigDecimal.TEN, "WON", AT.minus(days(10)), AT.plus(days(100)), DAY);
    history.event(leaves, "OFFBOARDED", "OFFBOARDED", AT.plus(days(120)));

    int first = snapshots.takeMissing(DAY);
    int second = snapshots.takeMissing(DAY);
    int labelled = snapshots.labelDue();

    // March to December 2026 (the fixed now): three active partners, fewer once one has left.
    assertThat(first).isGreaterThanOrEqualTo(3 * 4);
    assertThat(second).as("taken again").isZero();
    assertThat(jdbc.queryForObject("select count(*) from partner_snapshot where partner_id = ?", Integer.class, applicant)).isZero();
    assertThat(labelled).as("March to June are past their two quarters on 2026-12-31").isPositive();
    assertThat(churned(keepsWinning, DAY)).isFalse();
    assertThat(churned(goesQuiet, DAY)).isTrue();
    assertThat(churned(leaves, DAY)).as("won, but offboarded in the window").isTrue();
    assertThat(snapshots.labelDue()).as("labelled once").isZero();
  }

  private Boolean churned(long partner, LocalDate day) {
    return jdbc.queryForObject("select churned from partner_snapshot where partner_id = ? and as_of = ?", Boolean.class, partner, day);
  }

  private void offer(long partner, Instant offeredAt, Instant expiresAt, String status) {
    jdbc.update("insert into sales_lead (company_name, domain, country, product, contact_name, contact_email, source, status, received_at,"
        + " updated_at, version) values ('Lead', 'lead.example', 'DE', 'core', 'Li', 'li@lead.example', 'web', 'ROUTING', ?, ?, 0)",
        Utc.of(offeredAt), Utc.of(offeredAt));
    long lead = jdbc.queryForObject("select max(id) from sales_lead", Long.class);
    jdbc.update("insert into lead_offer (lead_id, round, partner_id, weight, status, assigned, offered_at, expires_at, version)"
        + " values (?, 1, ?, 1, ?, false, ?, ?, 0)", lead, partner, status, Utc.of(offeredAt), Utc.of(expiresAt));
  }

  private static Duration days(int n) {
    return Duration.ofDays(n);
  }
}
