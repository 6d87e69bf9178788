package org.partnerengine.certification;

import java.time.Duration;
import java.util.Map;
import org.partnerengine.lifecycle.LifecycleVariables;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Certification rules an operator may change.
 *
 * @param maxExamAttempts attempts at an exam before a manager decides on the partner
 * @param certificateValidity how long a certificate is valid from its issue
 * @param certificateRenewalLeadTime how long before expiry the recertification starts
 */
@ConfigurationProperties("partner-engine.certification")
public record CertificationSettings(Integer maxExamAttempts, Duration certificateValidity, Duration certificateRenewalLeadTime)
    implements LifecycleVariables {

  public CertificationSettings {
    maxExamAttempts = maxExamAttempts == null ? 3 : maxExamAttempts;
    certificateValidity = certificateValidity == null ? Duration.ofDays(365) : certificateValidity;
    certificateRenewalLeadTime = certificateRenewalLeadTime == null ? Duration.ofDays(30) : certificateRenewalLeadTime;
    if (maxExamAttempts < 1) {
      throw new IllegalArgumentException("partner-engine.certification.max-exam-attempts must be at least 1");
    }
  }

  @Override
  public Map<String, Object> asProcessVariables() {
    return Map.of(
        "maxExamAttempts", maxExamAttempts,
        "certificateRenewalLeadTime", certificateRenewalLeadTime.toString());
  }
}
