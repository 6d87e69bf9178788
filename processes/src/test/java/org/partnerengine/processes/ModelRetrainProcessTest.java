package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** model-retrain and its gate: a churn model is used only when the gate and a manager say so. */
@ZeebeProcessTest
class ModelRetrainProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("model-retrain");

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void aCandidateThatPassesTheGateAndIsApprovedIsPutInUse() {
    long instance = processes.start("model-retrain", Map.of());
    processes.complete("prediction.take-snapshots", Map.of());
    processes.complete("prediction.train-model", candidate(0.78, 0.03, 0.74, 3000));

    processes.completeUserTask("Task_ApproveModel", Map.of("modelApproved", true, "modelComment", "Better on every segment"));
    ActivatedJob promote = processes.complete("prediction.promote-model", Map.of());

    assertThat(promote.getVariablesAsMap()).containsEntry("modelId", 9).containsEntry("promotable", true);
    assertThat(new InspectedProcessInstance(instance))
        .hasPassedElementsInOrder("Task_TakeSnapshots", "Task_TrainModel", "Task_Gate", "Task_ApproveModel", "Task_PromoteModel", "EndEvent_Promoted")
        .isCompleted();
  }

  @Test
  void aCandidateThatFailsTheGateIsRejectedWithItsReasonAndNobodyIsAsked() {
    long instance = processes.start("model-retrain", Map.of());
    processes.complete("prediction.take-snapshots", Map.of());
    processes.complete("prediction.train-model", candidate(0.78, 0.09, 0.0, 3000));

    ActivatedJob reject = processes.complete("prediction.reject-model", Map.of());

    assertThat(reject.getVariablesAsMap().get("gateReason").toString()).contains("calibration");
    assertThat(new InspectedProcessInstance(instance))
        .hasPassedElementsInOrder("Task_Gate", "Gateway_Promotable", "Task_RejectModel", "EndEvent_Kept")
        .hasNotPassedElement("Task_ApproveModel")
        .isCompleted();
  }

  @Test
  void aManagerMayDeclineACandidateThatPassedTheGate() {
    long instance = processes.start("model-retrain", Map.of());
    processes.complete("prediction.take-snapshots", Map.of());
    processes.complete("prediction.train-model", candidate(0.80, 0.02, 0.0, 3000));

    processes.completeUserTask("Task_ApproveModel", Map.of("modelApproved", false, "modelComment", "Wait for the new region"));
    processes.complete("prediction.reject-model", Map.of());

    assertThat(new InspectedProcessInstance(instance))
        .hasPassedElementsInOrder("Task_ApproveModel", "Gateway_Approved", "Task_RejectModel", "EndEvent_Kept")
        .isCompleted();
  }

  @Test
  void withoutEnoughHistoryNothingIsTrained() {
    long instance = processes.start("model-retrain", Map.of());
    processes.complete("prediction.take-snapshots", Map.of());
    processes.complete("prediction.train-model", Map.of("trained", false));

    assertThat(new InspectedProcessInstance(instance)).hasPassedElement("EndEvent_NotEnoughHistory").isCompleted();
  }

  @Test
  void theRetrainRunsEveryQuarter() {
    processes.moveClock(Duration.ofDays(80));
    assertThat(waiting("prediction.take-snapshots")).isEmpty();

    processes.moveClock(Duration.ofDays(15));
    ActivatedJob snapshots = processes.complete("prediction.take-snapshots", Map.of());

    assertThat(snapshots.getBpmnProcessId()).isEqualTo("model-retrain");
    processes.complete("prediction.train-model", Map.of("trained", false));
  }

  @Test
  void theGateWantsEnoughRowsABetterThanGuessRankingCalibrationAndABetterRankingThanTheModelInUse() {
    assertThat(gate(0.80, 0.02, 0.0, 150)).contains("\"promotable\":false").contains("Too few");
    assertThat(gate(0.54, 0.02, 0.0, 3000)).contains("\"promotable\":false").contains("base rate");
    assertThat(gate(0.80, 0.06, 0.0, 3000)).contains("\"promotable\":false").contains("calibration");
    assertThat(gate(0.74, 0.02, 0.74, 3000)).contains("\"promotable\":false").contains("model in use");
    assertThat(gate(0.75, 0.02, 0.74, 3000)).contains("\"promotable\":true");
    assertThat(gate(0.70, 0.05, 0.0, 200)).contains("\"promotable\":true");
  }

  private String gate(double auc, double calibration, double currentAuc, int rows) {
    return client.newEvaluateDecisionCommand().decisionId("churn-model-gate")
        .variables(Map.of("candidateAuc", auc, "candidateCalibrationError", calibration, "currentAuc", currentAuc, "heldOutRows", rows))
        .send().join().getDecisionOutput();
  }

  private static Map<String, Object> candidate(double auc, double calibration, double currentAuc, int rows) {
    return Map.of("trained", true, "modelId", 9, "candidateAuc", auc, "candidateCalibrationError", calibration, "currentAuc", currentAuc,
        "heldOutRows", rows, "baseRate", 0.1);
  }

  private List<ActivatedJob> waiting(String jobType) {
    processes.waitForIdle();
    return client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(10).send().join().getJobs();
  }
}
