package org.partnerengine.recruitment;

import io.camunda.client.annotation.ElementInstanceKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.partnerengine.notification.NotificationOutbox;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reminds the approvers of an undecided application: one notification per reminder that fires. */
@Component
public class ApprovalReminderWorker {

  static final String JOB_TYPE = "recruitment.send-approval-reminder";
  static final String TEMPLATE = "approval-reminder";

  private final Partners partners;
  private final PartnerHistory history;
  private final NotificationOutbox outbox;

  public ApprovalReminderWorker(Partners partners, PartnerHistory history, NotificationOutbox outbox) {
    this.partners = partners;
    this.history = history;
    this.outbox = outbox;
  }

  @JobWorker(type = JOB_TYPE)
  @Transactional
  public void remind(@Variable long partnerId, @ElementInstanceKey long elementInstanceKey) {
    Partner partner = partners.require(partnerId);
    String key = "partner-" + partnerId + ":approval-reminder:" + elementInstanceKey;
    history.recordOnce(key, partner, "APPROVAL_REMINDER_SENT", "system", "channel-approvers reminded");
    outbox.enqueue(partnerId, TEMPLATE, key);
  }
}
