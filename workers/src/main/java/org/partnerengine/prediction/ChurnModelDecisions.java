package org.partnerengine.prediction;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts a candidate in use (retiring the model in use) or keeps it out, once, with who and why. */
@Service
public class ChurnModelDecisions {

  private final ChurnModels models;
  private final Clock clock;

  public ChurnModelDecisions(ChurnModels models, Clock clock) {
    this.models = models;
    this.clock = clock;
  }

  @Transactional
  public void promote(long modelId, String decidedBy, String comment) {
    ChurnModel candidate = models.findById(modelId).orElseThrow(() -> new ChurnModelNotFound(modelId));
    if (candidate.getStatus() == ModelStatus.PROMOTED) {
      return;
    }
    models.findFirstByStatusOrderByIdDesc(ModelStatus.PROMOTED).ifPresent(ChurnModel::retire);
    models.flush();
    candidate.promote(decidedBy, comment, clock.instant());
  }

  @Transactional
  public void reject(long modelId, String decidedBy, String reason) {
    models.findById(modelId).orElseThrow(() -> new ChurnModelNotFound(modelId)).reject(decidedBy, reason, clock.instant());
  }
}
