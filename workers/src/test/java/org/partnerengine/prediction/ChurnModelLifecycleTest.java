package org.partnerengine.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.analytics.AnalyticsFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A trained model scores nobody until it is promoted; a rejected one never does; a retrain of the
 * same instance trains nothing new; a second model is judged against the one in use on the same
 * rows. H2 only, like {@link ChurnBacktestTest}.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({DatabaseTest.CleanMigration.class, AnalyticsFixtures.class, PartnerSnapshots.class, ChurnTraining.class, ChurnModelDecisions.class,
    ChurnRisk.class})
class ChurnModelLifecycleTest {

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired PartnerSnapshots snapshots;
  @Autowired ChurnTraining training;
  @Autowired ChurnModelDecisions decisions;
  @Autowired ChurnRisk risk;
  @Autowired ChurnModels models;

  @Test
  void onlyAPromotedModelScoresPartnersAndItAnswersTheSameEveryTime() {
    assertThat(training.trainCandidate(100)).as("no history yet").isEmpty();
    ChurnHistory.generate(dataSource, new Random(11), 300, 36);
    snapshots.takeMissing(snapshots.firstMonth().orElseThrow());
    snapshots.labelDue();
    long active = jdbc.queryForObject(
        "select min(partner_id) from partner_snapshot where as_of = (select max(as_of) from partner_snapshot)", Long.class);

    ChurnTraining.Candidate first = training.trainCandidate(1).orElseThrow();
    assertThat(training.trainCandidate(1)).as("the same instance's job again").contains(first);
    assertThat(models.count()).isEqualTo(1);
    assertThat(first.auc()).isGreaterThan(0.7);
    assertThat(first.currentAuc()).as("no model in use").isZero();
    assertThatThrownBy(() -> risk.of(active)).isInstanceOf(NoChurnModelInUse.class);
    assertThat(risk.probabilityOrNull(active)).isNull();

    decisions.reject(first.modelId(), "churn-model-gate", "Its probabilities are off by more than 0.05 (calibration error)");
    assertThatThrownBy(() -> risk.of(active)).as("a rejected model is never used").isInstanceOf(NoChurnModelInUse.class);

    ChurnTraining.Candidate second = training.trainCandidate(2).orElseThrow();
    decisions.promote(second.modelId(), "manager", "better");
    decisions.promote(second.modelId(), "manager", "better"); // a redelivered job
    ChurnRisk.Risk scored = risk.of(active).orElseThrow();
    assertThat(scored.modelId()).isEqualTo(second.modelId());
    assertThat(scored.probability()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE);
    assertThat(risk.of(active).orElseThrow().probability()).as("same inputs, same probability").isEqualTo(scored.probability());
    assertThat(scored.drivers()).hasSizeLessThanOrEqualTo(3).allSatisfy(d -> assertThat(d.contribution().signum()).isPositive());

    ChurnTraining.Candidate third = training.trainCandidate(3).orElseThrow();
    assertThat(third.currentAuc()).as("the model in use, judged on the same held-out rows").isEqualTo(second.auc());
    assertThat(models.findById(first.modelId()).orElseThrow().getStatus()).isEqualTo(ModelStatus.REJECTED);
    decisions.promote(third.modelId(), "manager", "newer");
    assertThat(models.findById(second.modelId()).orElseThrow().getStatus()).isEqualTo(ModelStatus.RETIRED);
    assertThat(risk.of(active).orElseThrow().modelId()).isEqualTo(third.modelId());
  }
}
