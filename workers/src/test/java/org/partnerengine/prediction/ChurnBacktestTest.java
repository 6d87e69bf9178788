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
 * known causes ({@link ChurnHistory}). The model is trained on the snapshots whose outcome was known at a cutoff and judged on the ten
 * months after it. H2 only (tens of thousands of rows): the database tests on MariaDB run the
 * snapshot reads themselves ({@link PartnerSnapshotsTest}).
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({DatabaseTest.CleanMigration.class, AnalyticsFixtures.class, PartnerSnapshots.class})
class ChurnBacktestTest {

  static final int MONTHS = 36;
  static final int PARTNERS = 400;
  static final LocalDate CUTOFF = LocalDate.parse("2025-10-01");

  @Autowired DataSource dataSource;
  @Autowired PartnerSnapshots snapshots;
  @Autowired JdbcTemplate jdbc;

  @Test
  void onTheHeldOutMonthsTheModelRanksAndCalibratesAndAlwaysAnswersTheSame() {
    ChurnHistory.generate(dataSource, new Random(7), PARTNERS, MONTHS);

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

  private List<LabelledSnapshot> labelled() {
    return jdbc.query(
        "select * from partner_snapshot where churned is not null order by as_of, partner_id",
        (rs, row) -> new LabelledSnapshot(rs.getLong("partner_id"), rs.getObject("as_of", LocalDate.class), ChurnTraining.features(rs),
            rs.getBoolean("churned")));
  }

}
