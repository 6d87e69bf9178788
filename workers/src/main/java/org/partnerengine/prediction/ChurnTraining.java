package org.partnerengine.prediction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Trains a candidate churn model with a time-split back-test: the latest {@link #HELD_OUT} months of
 * labelled snapshots are held out, and the model learns only from snapshots whose outcome was known
 * before them (as of at least two quarters before the first held-out month), so no outcome it
 * learns from overlaps the months it is judged on. The model in use is judged on the same rows.
 */
@Service
public class ChurnTraining {

  static final Period HELD_OUT = Period.ofMonths(6);

  private final JdbcTemplate jdbc;
  private final ChurnModels models;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public ChurnTraining(JdbcTemplate jdbc, ChurnModels models, TransactionTemplate transaction, Clock clock) {
    this.jdbc = jdbc;
    this.models = models;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** What the promotion gate weighs. */
  public record Candidate(long modelId, double auc, double calibrationError, double baseRate, int heldOutRows, int trainingRows,
      double currentAuc) {}

  /**
   * The candidate of this retrain instance, trained once: a redelivered job answers the stored one.
   * Empty when there is not yet enough labelled history to train and test a model.
   */
  public Optional<Candidate> trainCandidate(long processInstanceKey) {
    Optional<ChurnModel> trained = models.findByProcessInstanceKey(processInstanceKey);
    if (trained.isPresent()) {
      return trained.map(ChurnTraining::candidate);
    }
    List<LabelledSnapshot> rows = labelled();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    LocalDate lastMonth = rows.get(rows.size() - 1).asOf();
    LocalDate heldOutFrom = lastMonth.minus(HELD_OUT).plusMonths(1);
    LocalDate trainUntil = heldOutFrom.minusDays(PartnerSnapshots.HORIZON.toDays());
    List<LabelledSnapshot> training = rows.stream().filter(r -> !r.asOf().isAfter(trainUntil)).toList();
    List<LabelledSnapshot> heldOut = rows.stream().filter(r -> !r.asOf().isBefore(heldOutFrom)).toList();
    if (training.stream().map(LabelledSnapshot::churned).distinct().count() < 2 || heldOut.isEmpty()) {
      return Optional.empty();
    }
    ChurnClassifier classifier = ChurnClassifier.train(training);
    HeldOutScores scores = score(classifier, heldOut);
    Double currentAuc = models.findFirstByStatusOrderByIdDesc(ModelStatus.PROMOTED)
        .map(current -> score(ChurnClassifier.read(current.getModelBytes()), heldOut).auc())
        .orElse(null);
    ChurnModel model = transaction.execute(status -> models.saveAndFlush(new ChurnModel(
        processInstanceKey, trainUntil, lastMonth, training.size(), scores, currentAuc, classifier.bytes(), clock.instant())));
    return Optional.of(candidate(model));
  }

  static HeldOutScores score(ChurnClassifier classifier, List<LabelledSnapshot> rows) {
    return HeldOutScores.of(rows.stream().map(r -> new HeldOutScores.Scored(classifier.probability(r.features()), r.churned())).toList());
  }

  /** Every labelled snapshot, oldest first: the order training sees them in. */
  List<LabelledSnapshot> labelled() {
    return jdbc.query(
        "select * from partner_snapshot where churned is not null order by as_of, partner_id",
        (rs, row) -> new LabelledSnapshot(rs.getLong("partner_id"), rs.getObject("as_of", LocalDate.class), features(rs), rs.getBoolean("churned")));
  }

  static SnapshotFeatures features(ResultSet rs) throws SQLException {
    Object nps = rs.getObject("nps_score");
    return new SnapshotFeatures(
        rs.getInt("days_since_last_win"),
        rs.getInt("wins_last_180_days"),
        rs.getBigDecimal("win_rate_trend"),
        rs.getInt("active_certificates"),
        rs.getBoolean("certificate_expiring_soon"),
        rs.getInt("mdf_requests_last_180_days"),
        rs.getInt("library_views_last_90_days"),
        rs.getBigDecimal("lead_acceptance_rate"),
        nps == null ? null : ((Number) nps).intValue(),
        rs.getInt("days_in_stage"));
  }

  private static Candidate candidate(ChurnModel model) {
    return new Candidate(model.getId(), model.getAuc().doubleValue(), model.getCalibrationError().doubleValue(),
        model.getBaseRate().doubleValue(), model.getHeldOutRows(), model.getTrainingRows(),
        model.getPreviousModelAuc() == null ? 0 : model.getPreviousModelAuc().doubleValue());
  }
}
