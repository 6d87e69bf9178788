package org.partnerengine.prediction;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.partnerengine.tasks.TaskInbox;
import org.springframework.stereotype.Component;

/** The jobs of model-retrain. Each does its step once: a redelivered job answers as the first did. */
@Component
public class PredictionWorkers {

  static final String APPROVE_TASK = "Task_ApproveModel";

  private final PartnerSnapshots snapshots;
  private final ChurnTraining training;
  private final ChurnModelDecisions decisions;
  private final TaskInbox inbox;

  public PredictionWorkers(PartnerSnapshots snapshots, ChurnTraining training, ChurnModelDecisions decisions, TaskInbox inbox) {
    this.snapshots = snapshots;
    this.training = training;
    this.decisions = decisions;
    this.inbox = inbox;
  }

  /** Takes the months not yet taken and labels what is due; answers nothing (a second run finds nothing to do). */
  @JobWorker(type = "prediction.take-snapshots")
  public void takeSnapshots() {
    snapshots.firstMonth().ifPresent(snapshots::takeMissing);
    snapshots.labelDue();
  }

  /** Trains this instance's candidate once and answers what the gate weighs. */
  @JobWorker(type = "prediction.train-model")
  public Map<String, Object> trainModel(@ProcessInstanceKey long processInstanceKey) {
    return training.trainCandidate(processInstanceKey)
        .<Map<String, Object>>map(c -> Map.of(
            "trained", true,
            "modelId", c.modelId(),
            "candidateAuc", c.auc(),
            "candidateCalibrationError", c.calibrationError(),
            "currentAuc", c.currentAuc(),
            "heldOutRows", c.heldOutRows(),
            "baseRate", c.baseRate()))
        .orElse(Map.of("trained", false));
  }

  @JobWorker(type = "prediction.promote-model")
  public void promoteModel(
      @ProcessInstanceKey long processInstanceKey, @Variable long modelId, @Variable(optional = true) String modelComment) {
    decisions.promote(modelId, inbox.completedBy(processInstanceKey, APPROVE_TASK).orElse("manager"), modelComment);
  }

  /** The gate's reason, or the manager's when the gate passed it and the manager declined. */
  @JobWorker(type = "prediction.reject-model")
  public void rejectModel(
      @ProcessInstanceKey long processInstanceKey,
      @Variable long modelId,
      @Variable boolean promotable,
      @Variable String gateReason,
      @Variable(optional = true) String modelComment) {
    if (promotable) {
      String manager = inbox.completedBy(processInstanceKey, APPROVE_TASK).orElse("manager");
      decisions.reject(modelId, manager, "Declined by a manager" + (modelComment == null || modelComment.isBlank() ? "" : ": " + modelComment.strip()));
    } else {
      decisions.reject(modelId, "churn-model-gate", gateReason);
    }
  }
}
