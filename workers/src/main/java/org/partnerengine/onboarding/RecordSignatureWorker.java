package org.partnerengine.onboarding;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.time.Clock;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks the partner's agreement signed when the agreement-signed message arrived. The event that
 * carried the signature (portal, events API, an e-signature provider) wrote the history entry;
 * only a message published bare gets one here, so the partner reads "signed" once.
 */
@Component
public class RecordSignatureWorker {

  static final String JOB_TYPE = "onboarding.record-signature";
  private static final String SIGNED = "AGREEMENT_SIGNED";

  private final Partners partners;
  private final Agreements agreements;
  private final PartnerHistory history;
  private final PartnerEvents events;
  private final Clock clock;

  public RecordSignatureWorker(
      Partners partners, Agreements agreements, PartnerHistory history, PartnerEvents events, Clock clock) {
    this.partners = partners;
    this.agreements = agreements;
    this.history = history;
    this.events = events;
    this.clock = clock;
  }

  @JobWorker(type = JOB_TYPE)
  @Transactional
  public void recordSignature(@Variable long partnerId, @Variable String agreementVersion) {
    Partner partner = partners.require(partnerId);
    Agreement agreement =
        agreements
            .findByPartnerIdAndTemplateVersion(partnerId, agreementVersion)
            .orElseThrow(() -> CamundaError.jobError("Partner " + partnerId + " has no agreement " + agreementVersion));
    agreement.sign(clock.instant());
    if (events.countByPartnerIdAndType(partnerId, SIGNED) == 0) {
      history.recordOnce(
          PartnerAgreements.SIGNED_MESSAGE + ":" + partnerId + ":" + agreementVersion, partner, SIGNED, "partner",
          "Agreement " + agreementVersion + " signed");
    }
  }
}
