package org.partnerengine.onboarding;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import org.partnerengine.tasks.TaskInbox;
import org.springframework.stereotype.Component;

/**
 * The agreement-countersignature process: finds the document the partner signed in the portal, and
 * records the countersignature of the manager who completed the inbox task, in that manager's
 * name (the instance carries no names of its own).
 */
@Component
public class CountersignatureWorkers {

  static final String FIND_SIGNATURE = "onboarding.find-signature";
  static final String RECORD_COUNTERSIGNATURE = "onboarding.record-countersignature";
  static final String COUNTERSIGN_TASK = "Task_CountersignAgreement";
  /** The manager who completed the task signed for the partner: someone else must countersign. */
  static final String COUNTERSIGNER_IS_SIGNER = "COUNTERSIGNER_IS_SIGNER";

  public record SignatureFound(boolean signatureStored) {}

  private final PartnerAgreements agreements;
  private final TaskInbox inbox;

  public CountersignatureWorkers(PartnerAgreements agreements, TaskInbox inbox) {
    this.agreements = agreements;
    this.inbox = inbox;
  }

  /**
   * Whether there is a stored, not yet countersigned signature. An agreement-signed event from
   * outside the portal carries no document (and may carry no partner id): nothing to countersign.
   */
  @JobWorker(type = FIND_SIGNATURE)
  public SignatureFound find(@Variable(optional = true) Long partnerId) {
    if (partnerId == null) {
      return new SignatureFound(false);
    }
    try {
      return new SignatureFound(!agreements.signature(partnerId).isCountersigned());
    } catch (AgreementRefused notSignedHere) {
      return new SignatureFound(false);
    }
  }

  /**
   * Countersigns in the name of whoever completed the task. Delivered again after it succeeded, it
   * finds the agreement countersigned and is done; countersigned meanwhile through the API, too.
   */
  @JobWorker(type = RECORD_COUNTERSIGNATURE)
  public void record(
      @Variable long partnerId,
      @Variable String countersignerName,
      @Variable String countersignerTitle,
      @ProcessInstanceKey long processInstanceKey) {
    String manager =
        inbox.completedBy(processInstanceKey, COUNTERSIGN_TASK)
            .orElseThrow(() -> new IllegalStateException("No completed countersign task in instance " + processInstanceKey));
    try {
      agreements.countersign(partnerId, new Signer(countersignerName.strip(), countersignerTitle.strip()), manager);
    } catch (AgreementRefused refused) {
      switch (refused.reason()) {
        case ALREADY_COUNTERSIGNED -> { }
        case SAME_PERSON -> throw CamundaError.bpmnError(COUNTERSIGNER_IS_SIGNER, refused.getMessage());
        default -> throw refused;
      }
    }
  }
}
