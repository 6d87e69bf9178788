package org.partnerengine.onboarding;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.time.Clock;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Marks the partner's agreement signed when the agreement-signed message arrived. */
@Component
public class RecordSignatureWorker {

  static final String JOB_TYPE = "onboarding.record-signature";

  private final Partners partners;
  private final Agreements agreements;
  private final PartnerHistory history;
  private final Clock clock;

  public RecordSignatureWorker(Partners partners, Agreements agreements, PartnerHistory history, Clock clock) {
    this.partners = partners;
    this.agreements = agreements;
    this.history = history;
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
    history.recordOnce(
        "partner-" + partnerId + ":agreement-signed:" + agreementVersion, partner, "AGREEMENT_SIGNED", "partner", "template " + agreementVersion);
  }
}
