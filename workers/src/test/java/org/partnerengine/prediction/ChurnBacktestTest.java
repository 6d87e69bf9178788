package org.partnerengine.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.analytics.AnalyticsFixtures;
import org.partnerengine.analytics.GeneratedHistory;
import org.partnerengine.analytics.GeneratedHistory.GeneratedDeal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The churn model tested like a model, on three years of generated history with churn planted by
 * known causes: each partner has a hidden health that drifts month by month; healthy partners win
 * more deals and read more of the library, and the sickest are offboarded now and then. Nothing of
 * the health is stored: the snapshots see only its traces in deals, views, surveys and certificates.
 * The model is trained on the snapshots whose outcome was known at a cutoff and judged on the ten
 * months after it. H2 only (tens of thousands of rows): the database tests on MariaDB run the
 * snapshot reads themselves ({@link PartnerSnapshotsTest}).
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({DatabaseTest.CleanMigration.class, AnalyticsFixtures.class, PartnerSnapshots.class})
class ChurnBacktestTest {

  static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
  static final int MONTHS = 36;
  static final int PARTNERS = 400;
  static final LocalDate CUTOFF = LocalDate.parse("2025-10-01");

  @Autowired DataSource dataSource;
  @Autowired PartnerSnapshots snapshots;
  @Autowired JdbcTemplate jdbc;

  @Test
  void onTheHeldOutMonthsTheModelRanksAndCalibratesAndAlwaysAnswersTheSame() {
    generateHistory(new Random(7));

    int stored = snapshots.takeMissing(snapshots.firstMonth().orElseThrow());
    int labelled = snapshots.labelDue();
    List<LabelledSnapshot> rows = labelled();
    List<LabelledSnapshot> training = rows.stream().filter(r -> !r.asOf().isAfter(CUTOFF.minusDays(PartnerSnapshots.HORIZON.toDays()))).toList();
    List<LabelledSnapshot> heldOut = rows.stream().filter(r -> !r.asOf().isBefore(CUTOFF)).toList();

    ChurnClassifier model = ChurnClassifier.train(training);
    HeldOutScores scores = HeldOutScores.of(heldOut.stream()
        .map(r -> new HeldOutScores.Scored(model.probability(r.features()), r.churned())).toList());

    double meanProbability = heldOut.stream().mapToDouble(r -> model.probability(r.features())).average().orElse(0);
    double trainingRate = training.stream().filter(LabelledSnapshot::churned).count() / (double) training.size();
    System.out.printf("Churn back-test: %d snapshots, %d labelled, %d training (churn %.3f), %d held out; base rate %.3f, mean probability %.3f,"
            + " AUC %.3f, calibration error %.3f%n",
        stored, labelled, training.size(), trainingRate, heldOut.size(), scores.baseRate(), meanProbability, scores.auc(), scores.calibrationError());
    assertThat(heldOut).hasSizeGreaterThan(1000);
    assertThat(scores.baseRate()).as("churn is neither rare nor the rule").isBetween(0.05, 0.5);
    assertThat(scores.auc()).isGreaterThanOrEqualTo(0.7);
    assertThat(scores.calibrationError()).isLessThanOrEqualTo(0.05);

    SnapshotFeatures someone = heldOut.get(0).features();
    ChurnClassifier again = ChurnClassifier.train(training);
    ChurnClassifier stored_ = ChurnClassifier.read(model.bytes());
    assertThat(again.probability(someone)).as("trained again on the same rows").isEqualTo(model.probability(someone));
    assertThat(stored_.probability(someone)).as("read back from its bytes").isEqualTo(model.probability(someone));
    SnapshotFeatures idle = new SnapshotFeatures(SnapshotFeatures.NO_WIN_DAYS, 0, BigDecimal.ZERO, 0, false, 0, 0, null, 3, 700);
    assertThat(model.probability(idle)).as("a partner with no wins, views or certificates").isGreaterThan(0.5);
    assertThat(model.drivers(idle, 3)).extracting(ChurnClassifier.Driver::feature).contains("winsLast180Days");
  }

  /**
   * Health h drifts: h' = 0.93 h + N(0, 0.35). Wins ~ Poisson(e^(-0.4 + 1.3 h)) a month, views ~
   * Poisson(e^(0.8 + 0.7 h)); a partner joins in the year before the history or during it.
   */
  private void generateHistory(Random random) {
    GeneratedHistory history = new GeneratedHistory(dataSource);
    List<GeneratedDeal> deals = new ArrayList<>();
    for (int p = 0; p < PARTNERS; p++) {
      // Partners join over the years (some before the history starts), so time in the programme varies.
      int joined = random.nextInt(MONTHS + 12) - 12;
      Instant joinedAt = START.atZone(ZoneOffset.UTC).plusMonths(joined).toInstant();
      long partnerId = history.partner("ACTIVE", "SILVER", joinedAt.minus(Duration.ofDays(60)));
      history.stageEntered(partnerId, "ACTIVE", joinedAt.minus(Duration.ofDays(20)));
      history.certificate(partnerId, "sales-exam", 1, "ACTIVE", joinedAt.minus(Duration.ofDays(60)), joinedAt.plus(Duration.ofDays(670)));
      double health = random.nextGaussian();
      List<Instant> views = new ArrayList<>();
      for (int m = joined; m < MONTHS; m++) {
        Instant month = START.atZone(ZoneOffset.UTC).plusMonths(m).toInstant();
        health = 0.93 * health + 0.35 * random.nextGaussian();
        for (int w = poisson(random, Math.exp(-0.4 + 1.3 * health)); w > 0; w--) {
          Instant closed = within(random, month);
          deals.add(new GeneratedDeal(partnerId, BigDecimal.valueOf(10_000), "WON", closed.minus(Duration.ofDays(30)), closed,
              LocalDate.ofInstant(closed, ZoneOffset.UTC)));
        }
        for (int l = poisson(random, 0.6); l > 0; l--) {
          Instant closed = within(random, month);
          deals.add(new GeneratedDeal(partnerId, BigDecimal.valueOf(10_000), "LOST", closed.minus(Duration.ofDays(30)), closed,
              LocalDate.ofInstant(closed, ZoneOffset.UTC)));
        }
        for (int v = poisson(random, Math.exp(0.8 + 0.7 * health)); v > 0; v--) {
          views.add(within(random, month));
        }
        if (m % 6 == 3) {
          history.surveyAnswer(partnerId, (int) Math.max(0, Math.min(10, Math.round(7 + 1.5 * health + random.nextGaussian()))), within(random, month));
        }
        if (m == joined + 22 && health > -0.5) {
          history.certificate(partnerId, "sales-exam", 2, "ACTIVE", month, month.plus(Duration.ofDays(730)));
        }
        if (health < -1.6 && random.nextDouble() < 0.08) {
          history.event(partnerId, "OFFBOARDED", "OFFBOARDED", within(random, month));
          break;
        }
      }
      history.libraryViews(partnerId, views);
    }
    history.deals(deals);
  }

  private List<LabelledSnapshot> labelled() {
    return jdbc.query(
        "select * from partner_snapshot where churned is not null order by as_of, partner_id",
        (rs, row) -> new LabelledSnapshot(rs.getLong("partner_id"), rs.getObject("as_of", LocalDate.class), ChurnTraining.features(rs),
            rs.getBoolean("churned")));
  }

  private static Instant within(Random random, Instant month) {
    return month.plus(Duration.ofMinutes(random.nextInt(28 * 24 * 60)));
  }

  private static int poisson(Random random, double mean) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int n = 0;
    while (product > limit) {
      product *= random.nextDouble();
      n++;
    }
    return n;
  }

}
