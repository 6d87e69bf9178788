package org.partnerengine.prediction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A partner's churn risk from the model in use: the probability that it wins no deal in the next
 * two quarters or leaves, its level, and the features that pull it up most. Read from what is known
 * at the start of today, exactly as the snapshots the model learnt from.
 */
@Service
public class ChurnRisk {

  /** HIGH from here on: at least one in two partners like this one churn. */
  static final double HIGH = 0.5;
  static final double MEDIUM = 0.2;

  public enum Level { LOW, MEDIUM, HIGH }

  public record Driver(String feature, BigDecimal contribution) {}

  public record Risk(long partnerId, LocalDate asOf, BigDecimal probability, Level level, long modelId, List<Driver> drivers,
      SnapshotFeatures features) {}

  private final ChurnModels models;
  private final PartnerSnapshots snapshots;
  private final Clock clock;
  private volatile Loaded loaded;

  private record Loaded(long modelId, ChurnClassifier classifier) {}

  public ChurnRisk(ChurnModels models, PartnerSnapshots snapshots, Clock clock) {
    this.models = models;
    this.snapshots = snapshots;
    this.clock = clock;
  }

  /** Empty when the partner is not active today. */
  public Optional<Risk> of(long partnerId) {
    return score(inUse().orElseThrow(NoChurnModelInUse::new), partnerId);
  }

  /** The probability only, for the attention review: null when no model is in use or the partner is not active. */
  public BigDecimal probabilityOrNull(long partnerId) {
    return inUse().flatMap(model -> score(model, partnerId)).map(Risk::probability).orElse(null);
  }

  private Optional<Risk> score(Loaded model, long partnerId) {
    LocalDate today = LocalDate.now(clock);
    return snapshots.features(partnerId, today).map(features -> {
      double p = model.classifier().probability(features);
      List<Driver> drivers = model.classifier().drivers(features, 3).stream()
          .map(d -> new Driver(d.feature(), BigDecimal.valueOf(d.contribution()).setScale(3, RoundingMode.HALF_UP)))
          .toList();
      return new Risk(partnerId, today, BigDecimal.valueOf(p).setScale(3, RoundingMode.HALF_UP), level(p), model.modelId(), drivers, features);
    });
  }

  static Level level(double probability) {
    return probability >= HIGH ? Level.HIGH : probability >= MEDIUM ? Level.MEDIUM : Level.LOW;
  }

  /** The promoted model: its id on every call, its bytes read once per promotion. */
  private Optional<Loaded> inUse() {
    Optional<Long> promoted = models.promotedId();
    if (promoted.isEmpty()) {
      return Optional.empty();
    }
    Loaded current = loaded;
    if (current == null || current.modelId() != promoted.get()) {
      ChurnModel model = models.findById(promoted.get()).orElseThrow(() -> new ChurnModelNotFound(promoted.get()));
      current = new Loaded(model.getId(), ChurnClassifier.read(model.getModelBytes()));
      loaded = current;
    }
    return Optional.of(current);
  }
}
