package org.partnerengine.onboarding;

import io.camunda.client.annotation.ElementInstanceKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.partnerengine.notification.NotificationOutbox;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reminds a partner to sign the agreement: one notification per reminder that fires. */
@Component
public class AgreementReminderWorker {

  static final String JOB_TYPE = "onboarding.send-agreement-reminder";
  static final String TEMPLATE = "agreement-reminder";

  private final Partners partners;
  private final PartnerHistory history;
  private final NotificationOutbox outbox;

  public AgreementReminderWorker(Partners partners, PartnerHistory history, NotificationOutbox outbox) {
    this.partners = partners;
    this.history = history;
    this.outbox = outbox;
  }

  @JobWorker(type = JOB_TYPE)
  @Transactional
  public void remind(@Variable long partnerId, @ElementInstanceKey long elementInstanceKey) {
    Partner partner = partners.require(partnerId);
    String key = "partner-" + partnerId + ":agreement-reminder:" + elementInstanceKey;
    history.recordOnce(key, partner, "AGREEMENT_REMINDER_SENT", "system", "partner reminded to sign");
    outbox.enqueue(partnerId, TEMPLATE, key);
  }
}
