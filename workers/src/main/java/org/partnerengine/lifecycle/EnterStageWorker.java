package org.partnerengine.lifecycle;

import io.camunda.client.annotation.CustomHeaders;
import io.camunda.client.annotation.ElementInstanceKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.time.Clock;
import java.util.Map;
import org.partnerengine.partner.IllegalStageTransition;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a partner to the stage the model names in the task's {@code stage} header, and writes it
 * to the history once per stage boundary passed (the element instance tells a redelivered job from
 * a second pass, such as a return to ACTIVE after recertification).
 *
 * <p>A move the partner refuses is a modelling or data error, not a business outcome: retrying
 * cannot help, so the job fails without retries and an incident shows it.
 */
@Component
public class EnterStageWorker {

  static final String JOB_TYPE = "lifecycle.enter-stage";
  static final String STAGE_HEADER = "stage";

  private final Partners partners;
  private final PartnerHistory history;
  private final Clock clock;

  public EnterStageWorker(Partners partners, PartnerHistory history, Clock clock) {
    this.partners = partners;
    this.history = history;
    this.clock = clock;
  }

  @JobWorker(type = JOB_TYPE)
  @Transactional
  public void enterStage(
      @Variable long partnerId, @CustomHeaders Map<String, String> headers, @ElementInstanceKey long elementInstanceKey) {
    Stage stage = stageOf(headers);
    Partner partner = partners.requireForUpdate(partnerId);
    try {
      partner.enterStage(stage, clock.instant());
    } catch (IllegalStageTransition e) {
      throw CamundaError.jobError(e.getMessage(), Map.of(), 0);
    }
    history.recordOnce(
        "partner-" + partnerId + ":stage:" + stage + ":" + elementInstanceKey, partner, "STAGE_ENTERED", "system", stage.name());
  }

  private static Stage stageOf(Map<String, String> headers) {
    String name = headers.get(STAGE_HEADER);
    try {
      return Stage.valueOf(name);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw CamundaError.jobError("The task's stage header is missing or unknown: " + name, Map.of(), 0);
    }
  }
}
