package org.partnerengine.certification;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.HashMap;
import java.util.Map;
import org.partnerengine.messaging.PartnerMessages;
import org.springframework.stereotype.Component;

/**
 * Issues the certificate of a passed exam and starts its renewal: the certificate-issued message
 * starts one certificate-renewal instance per certificate. The message is published after the
 * certificate is committed; a redelivered job finds the certificate and publishes again, which the
 * message id (while buffered) and the correlation key (while the renewal runs) make a no-op.
 */
@Component
public class IssueCertificateWorker {

  static final String JOB_TYPE = "certification.issue-certificate";
  static final String CERTIFICATE_ISSUED = "certificate-issued";

  private final Certification certification;
  private final PartnerMessages messages;
  private final CertificationSettings settings;

  public IssueCertificateWorker(Certification certification, PartnerMessages messages, CertificationSettings settings) {
    this.certification = certification;
    this.messages = messages;
    this.settings = settings;
  }

  @JobWorker(type = JOB_TYPE)
  public IssuedCertificate issue(
      @Variable long partnerId, @Variable String examId, @Variable(optional = true) Integer certificationCycle) {
    Certificate certificate = certification.issue(partnerId, examId, CertificationCycle.orFirst(certificationCycle));
    Map<String, Object> renewal = new HashMap<>(settings.asProcessVariables());
    renewal.put("partnerId", partnerId);
    renewal.put("certificateId", certificate.getId());
    renewal.put("examId", examId);
    renewal.put("certificationCycle", certificate.getCertificationCycle());
    renewal.put("expiresAt", certificate.getExpiresAt().toString());
    messages.publish(
        CERTIFICATE_ISSUED,
        String.valueOf(certificate.getId()),
        CERTIFICATE_ISSUED + ":" + certificate.getId(),
        renewal);
    return IssuedCertificate.of(certificate);
  }
}
