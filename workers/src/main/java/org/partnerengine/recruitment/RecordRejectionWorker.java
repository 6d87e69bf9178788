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
 * Records why an application was rejected and tells the applicant, once. The reason is the due
 * diligence finding, else the approver's words, else the fit screening's verdict; the actor is
 * the approver who declined it (the user who completed the recruitment's last task), else the
 * system.
 */
@Component
public class RecordRejectionWorker {

  static final String JOB_TYPE = "recruitment.record-rejection";
  static final String TEMPLATE = "application-rejected";

  private final Partners partners;
  private final PartnerHistory history;
  private final NotificationOutbox outbox;
  private final UserTasks tasks;

  public RecordRejectionWorker(Partners partners, PartnerHistory history, NotificationOutbox outbox, UserTasks tasks) {
    this.partners = partners;
    this.history = history;
    this.outbox = outbox;
    this.tasks = tasks;
  }

  @JobWorker(type = JOB_TYPE)
  @Transactional
  public RecruitmentDecision recordRejection(
      @Variable long partnerId,
      @Variable(optional = true) String rejectionReason,
      @Variable(optional = true) String decisionReason,
      @Variable(optional = true) String recommendation,
      @Variable(optional = true) Integer fitScore,
      @ProcessInstanceKey long processInstanceKey) {
    Partner partner = partners.require(partnerId);
    String key = "partner-" + partnerId + ":application-rejected";
    boolean byDueDiligence = rejectionReason != null && !rejectionReason.isBlank();
    String actor = byDueDiligence ? "system" : tasks.lastDecidedBy(processInstanceKey).orElse("system");
    history.recordOnce(key, partner, "APPLICATION_REJECTED", actor, reason(rejectionReason, decisionReason, recommendation, fitScore));
    outbox.enqueue(partnerId, TEMPLATE, key);
    return new RecruitmentDecision(false);
  }

  static String reason(String rejectionReason, String decisionReason, String recommendation, Integer fitScore) {
    if (rejectionReason != null && !rejectionReason.isBlank()) {
      return rejectionReason.strip();
    }
    if (decisionReason != null && !decisionReason.isBlank()) {
      return "declined by approver: " + decisionReason.strip();
    }
    if ("REJECT".equals(recommendation)) {
      return "fit score " + fitScore + " is below the programme's threshold";
    }
    return "declined by approver";
  }
}
