package org.partnerengine.prediction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partnerengine.engine.ProcessStarter;
import org.partnerengine.partner.PartnerNotFound;
import org.partnerengine.partner.Partners;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Churn prediction for partner managers: a partner's risk with its drivers, the trained models with
 * their back-test scores, and a retrain on demand (the model-retrain process, also run quarterly).
 */
@RestController
class PredictionController {

  private final ChurnRisk risk;
  private final ChurnModels models;
  private final Partners partners;
  private final ProcessStarter engine;

  PredictionController(ChurnRisk risk, ChurnModels models, Partners partners, ProcessStarter engine) {
    this.risk = risk;
    this.models = models;
    this.partners = partners;
    this.engine = engine;
  }

  @GetMapping("/api/partners/{partnerId}/risk")
  ChurnRisk.Risk risk(@PathVariable long partnerId) {
    var partner = partners.findById(partnerId).orElseThrow(() -> new PartnerNotFound(partnerId));
    return risk.of(partnerId).orElseThrow(() -> new PartnerNotScored(partnerId, partner.getStage()));
  }

  record ModelView(
      long id, ModelStatus status, Instant trainedAt, LocalDate trainUntil, LocalDate heldOutUntil, int trainingRows, int heldOutRows,
      BigDecimal baseRate, BigDecimal auc, BigDecimal calibrationError, BigDecimal previousModelAuc, String decisionReason,
      String decidedBy, Instant decidedAt) {

    static ModelView of(ChurnModel m) {
      return new ModelView(m.getId(), m.getStatus(), m.getTrainedAt(), m.getTrainUntil(), m.getHeldOutUntil(), m.getTrainingRows(),
          m.getHeldOutRows(), m.getBaseRate(), m.getAuc(), m.getCalibrationError(), m.getPreviousModelAuc(), m.getDecisionReason(),
          m.getDecidedBy(), m.getDecidedAt());
    }
  }

  /** The last 20 models, newest first. */
  @GetMapping("/api/prediction/models")
  List<ModelView> models() {
    return models.findTop20ByOrderByIdDesc().stream().map(ModelView::of).toList();
  }

  @GetMapping("/api/prediction/models/{id}")
  ModelView model(@PathVariable long id) {
    return ModelView.of(models.findById(id).orElseThrow(() -> new ChurnModelNotFound(id)));
  }

  record RetrainStarted(long processInstanceKey) {}

  @PostMapping("/api/prediction/retrain")
  ResponseEntity<RetrainStarted> retrain() {
    long key = engine.start("the churn model retrain", "model-retrain", Map.of());
    return ResponseEntity.accepted().body(new RetrainStarted(key));
  }
}
