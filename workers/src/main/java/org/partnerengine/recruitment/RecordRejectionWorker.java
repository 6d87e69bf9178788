package org.partnerengine.recruitment;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.partnerengine.notification.NotificationOutbox;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records why an application was rejected and tells the applicant, once. The reason is the due
 * diligence finding, else the approver's words, else the fit screening's verdict.
 */
@Component
public class RecordRejectionWorker {

  static final String JOB_TYPE = "recruitment.record-rejection";
  static final String TEMPLATE = "application-rejected";

  private final Partners partners;
  private final PartnerHistory history;
  private final NotificationOutbox outbox;

  public RecordRejectionWorker(Partners partners, PartnerHistory history, NotificationOutbox outbox) {
    this.partners = partners;
    this.history = history;
    this.outbox = outbox;
  }

  @JobWorker(type = JOB_TYPE)
  @Transactional
  public RecruitmentDecision recordRejection(
      @Variable long partnerId,
      @Variable(optional = true) String rejectionReason,
      @Variable(optional = true) String decisionReason,
      @Variable(optional = true) String recommendation,
      @Variable(optional = true) Integer fitScore) {
    Partner partner = partners.require(partnerId);
    String key = "partner-" + partnerId + ":application-rejected";
    history.recordOnce(key, partner, "APPLICATION_REJECTED", "system", reason(rejectionReason, decisionReason, recommendation, fitScore));
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
