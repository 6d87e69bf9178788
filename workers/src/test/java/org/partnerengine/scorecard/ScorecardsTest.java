package org.partnerengine.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.analytics.AnalyticsFixtures;
import org.partnerengine.analytics.GeneratedHistory;
import org.partnerengine.partner.PartnerNotFound;
import org.partnerengine.partner.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** A year of deals, certificates, funds and tier reviews for one partner among 200 others. */
@DatabaseTest
@Import({ScorecardFixtures.class, AnalyticsFixtures.class})
class ScorecardsTest {

  static final Instant NOW = AnalyticsFixtures.NOW;

  record GeneratedDeal(BigDecimal amount, String status, Instant registeredAt, Instant closedAt) {}

  @Autowired DataSource dataSource;
  @Autowired Scorecards scorecards;

  @Test
  void theScorecardAddsUpThePartnersYear() {
    GeneratedHistory history = new GeneratedHistory(dataSource);
    Random random = new Random(3);
    for (int i = 0; i < 200; i++) {
      long other = history.partner("ACTIVE", "SILVER", NOW.minus(Duration.ofDays(400)));
      history.deal(other, BigDecimal.valueOf(5000), "WON", NOW.minus(Duration.ofDays(20)), NOW.minus(Duration.ofDays(10)), LocalDate.of(2026, 12, 1));
    }
    long partnerId = history.partner("ACTIVE", "GOLD", NOW.minus(Duration.ofDays(500)));
    history.stageEntered(partnerId, "CERTIFY", NOW.minus(Duration.ofDays(400)));
    Instant activeSince = NOW.minus(Duration.ofDays(321)).minus(Duration.ofHours(5));
    history.stageEntered(partnerId, "ACTIVE", activeSince);
    history.tierChange(partnerId, "SILVER", "GOLD", "Gold: booked revenue of 250,000 or more", NOW.minus(Duration.ofDays(100)));
    history.tierChange(partnerId, "REGISTERED", "SILVER", "Silver", NOW.minus(Duration.ofDays(300)));

    List<GeneratedDeal> deals = new ArrayList<>();
    String[] statuses = {"WON", "WON", "LOST", "APPROVED", "EXPIRED"};
    for (int i = 0; i < 120; i++) {
      Instant registered = NOW.minus(Duration.ofHours(random.nextInt(500 * 24)));
      String status = statuses[random.nextInt(statuses.length)];
      Instant closed = status.equals("APPROVED") ? null : registered.plus(Duration.ofHours(random.nextInt(60 * 24)));
      if (closed != null && closed.isAfter(NOW)) {
        closed = NOW.minusSeconds(1);
      }
      BigDecimal amount = BigDecimal.valueOf(1000 + random.nextInt(50_000));
      history.deal(partnerId, amount, status, registered, closed, LocalDate.of(2027, 2, 1));
      deals.add(new GeneratedDeal(amount, status, registered, closed));
    }
    history.certificate(partnerId, "sales", 1, "ACTIVE", NOW.minus(Duration.ofDays(300)), NOW.plus(Duration.ofDays(65)));
    history.certificate(partnerId, "tech", 1, "ACTIVE", NOW.minus(Duration.ofDays(320)), NOW.plus(Duration.ofDays(45)));
    history.certificate(partnerId, "ops", 1, "EXPIRED", NOW.minus(Duration.ofDays(500)), NOW.minus(Duration.ofDays(135)));
    LocalDate eventDay = LocalDate.ofInstant(NOW.minus(Duration.ofDays(150)), ZoneOffset.UTC);
    LocalDate webinarDay = LocalDate.ofInstant(NOW.minus(Duration.ofDays(100)), ZoneOffset.UTC);
    history.paidMdf(partnerId, eventDay, new BigDecimal("12000.00"), NOW.minus(Duration.ofDays(140)));
    history.paidMdf(partnerId, webinarDay, new BigDecimal("3000.00"), NOW.minus(Duration.ofDays(90)));

    Scorecard card = scorecards.of(partnerId);

    assertThat(card.stage()).isEqualTo(Stage.ACTIVE);
    assertThat(card.stageEnteredAt()).isEqualTo(activeSince);
    assertThat(card.daysInStage()).isEqualTo(321);
    assertThat(card.tier()).isEqualTo("GOLD");
    assertThat(card.tierReason()).isEqualTo("Gold: booked revenue of 250,000 or more");
    assertThat(card.activeCertificates()).isEqualTo(2);
    assertThat(card.expiringCertificates()).as("the tech certificate, 45 days left").isEqualTo(1);
    assertThat(card.mdfSpent()).isEqualByComparingTo("15000");
    assertWindow(card.last90Days(), deals, NOW.minus(Duration.ofDays(90)));
    assertWindow(card.last12Months(), deals, ZonedDateTime.ofInstant(NOW, ZoneOffset.UTC).minusMonths(12).toInstant());
    Instant eventStart = eventDay.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant webinarStart = webinarDay.atStartOfDay(ZoneOffset.UTC).toInstant();
    BigDecimal attributed =
        deals.stream()
            .filter(d -> d.status().equals("WON"))
            .filter(d -> within(d.closedAt(), eventStart) || within(d.closedAt(), webinarStart))
            .map(GeneratedDeal::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(attributed).as("the generated year has attributed deals").isPositive();
    assertThat(card.attributedRevenue()).isEqualByComparingTo(attributed);
    assertThat(card.quarters()).hasSize(8);
    assertThat(card.quarters().getLast().quarter()).isEqualTo("2026-Q4");
    BigDecimal q4 =
        deals.stream()
            .filter(d -> d.status().equals("WON") && !d.closedAt().isBefore(Instant.parse("2026-10-01T00:00:00Z")))
            .map(GeneratedDeal::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(card.quarters().getLast().wonRevenue()).isEqualByComparingTo(q4);
  }

  @Test
  void anUnknownPartnerHasNoScorecard() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> scorecards.of(987_654)).isInstanceOf(PartnerNotFound.class);
  }

  private static boolean within(Instant closedAt, Instant activityStart) {
    return !closedAt.isBefore(activityStart) && closedAt.isBefore(activityStart.plus(Duration.ofDays(90)));
  }

  private static void assertWindow(DealWindow window, List<GeneratedDeal> deals, Instant from) {
    long registered = deals.stream().filter(d -> !d.registeredAt().isBefore(from)).count();
    List<GeneratedDeal> closed = deals.stream().filter(d -> d.closedAt() != null && !d.closedAt().isBefore(from)).toList();
    long won = closed.stream().filter(d -> d.status().equals("WON")).count();
    long lost = closed.stream().filter(d -> d.status().equals("LOST")).count();
    BigDecimal revenue =
        closed.stream().filter(d -> d.status().equals("WON")).map(GeneratedDeal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(window.registered()).isEqualTo(registered);
    assertThat(window.won()).isEqualTo(won).isPositive();
    assertThat(window.lost()).isEqualTo(lost).isPositive();
    assertThat(window.wonRevenue()).isEqualByComparingTo(revenue);
    assertThat(window.winRate())
        .isEqualByComparingTo(BigDecimal.valueOf(won).divide(BigDecimal.valueOf(won + lost), 4, RoundingMode.HALF_UP));
  }
}
