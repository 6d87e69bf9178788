package org.partnerengine.recruitment;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import org.partnerengine.notification.NotificationOutbox;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.partnerengine.tasks.UserTasks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that an application was approved, by the fast track or by an approver, and tells the
 * applicant, once. The
 * approver named is the user who completed the recruitment's last task (the approval, or the
 * escalated review).
 */
@Component
public class RecordApprovalWorker {

  static final String JOB_TYPE = "recruitment.record-approval";
  static final String TEMPLATE = "application-approved";

  private final Partners partners;
  private final PartnerHistory history;
  private final UserTasks tasks;
  private final NotificationOutbox outbox;

  public RecordApprovalWorker(Partners partners, PartnerHistory history, UserTasks tasks, NotificationOutbox outbox) {
    this.partners = partners;
    this.history = history;
    this.tasks = tasks;
    this.outbox = outbox;
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
    String key = "partner-" + partnerId + ":application-approved";
    history.recordOnce(
        key, partner, "APPLICATION_APPROVED",
        fastTrack ? "system" : tasks.lastDecidedBy(processInstanceKey).orElse("approver"),
        detail);
    outbox.enqueue(partnerId, TEMPLATE, key);
    return new RecruitmentDecision(true);
  }
}
