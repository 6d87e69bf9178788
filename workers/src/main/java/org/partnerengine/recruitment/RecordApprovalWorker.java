package org.partnerengine.recruitment;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.partnerengine.tasks.UserTasks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that an application was approved, by the fast track or by an approver, once. The
 * approver named is the user who completed the recruitment's last task (the approval, or the
 * escalated review).
 */
@Component
public class RecordApprovalWorker {

  static final String JOB_TYPE = "recruitment.record-approval";

  private final Partners partners;
  private final PartnerHistory history;
  private final UserTasks tasks;

  public RecordApprovalWorker(Partners partners, PartnerHistory history, UserTasks tasks) {
    this.partners = partners;
    this.history = history;
    this.tasks = tasks;
  }

  @JobWorker(type = JOB_TYPE)
  @Transactional
  public RecruitmentDecision recordApproval(
      @Variable long partnerId,
      @Variable(optional = true) String recommendation,
      @Variable(optional = true) Integer fitScore,
      @Variable(optional = true) String decisionReason,
      @ProcessInstanceKey long processInstanceKey) {
    Partner partner = partners.require(partnerId);
    boolean fastTrack = "FAST_TRACK".equals(recommendation);
    String detail =
        (fastTrack ? "fast track" : "approved by an approver")
            + (fitScore == null ? "" : ", fit score " + fitScore)
            + (decisionReason == null || decisionReason.isBlank() ? "" : ": " + decisionReason.strip());
    history.recordOnce(
        "partner-" + partnerId + ":application-approved", partner, "APPLICATION_APPROVED",
        fastTrack ? "system" : tasks.lastDecidedBy(processInstanceKey).orElse("approver"),
        detail);
    return new RecruitmentDecision(true);
  }
}
