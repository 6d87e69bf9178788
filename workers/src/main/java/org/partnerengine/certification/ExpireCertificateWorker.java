package org.partnerengine.certification;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.partnerengine.messaging.PartnerMessages;
import org.springframework.stereotype.Component;

/**
 * Expires a certificate that was not renewed in time and asks for the partner's tier to be
 * reviewed. The request is published after the expiry is committed, under a message id per
 * certificate, so a redelivered job does not ask twice.
 */
@Component
public class ExpireCertificateWorker {

  static final String JOB_TYPE = "certification.expire-certificate";
  static final String TIER_REVIEW_REQUESTED = "tier-review-requested";

  private final Certification certification;
  private final PartnerMessages messages;

  public ExpireCertificateWorker(Certification certification, PartnerMessages messages) {
    this.certification = certification;
    this.messages = messages;
  }

  @JobWorker(type = JOB_TYPE)
  public void expire(@Variable long partnerId, @Variable long certificateId) {
    certification.expire(partnerId, certificateId);
    messages.publish(
        TIER_REVIEW_REQUESTED,
        String.valueOf(partnerId),
        "tier-review:" + partnerId + ":cert-expired:" + certificateId,
        Map.of("partnerId", partnerId, "trigger", "CERTIFICATE_EXPIRED"));
  }
}
