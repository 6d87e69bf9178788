package org.partnerengine.onboarding;

import java.time.Duration;
import java.util.Map;
import org.partnerengine.lifecycle.LifecycleVariables;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How onboarding waits for the signature, and which agreement it sends.
 *
 * @param agreementReminder when a partner who has not signed is reminded
 * @param agreementExpiry when an unsigned agreement goes to a partner manager to chase
 * @param agreementTemplateVersion the template new agreements are generated from
 *     ({@code agreements/partner-agreement-<version>.txt})
 */
@ConfigurationProperties("partner-engine.onboarding")
public record OnboardingSettings(Duration agreementReminder, Duration agreementExpiry, String agreementTemplateVersion)
    implements LifecycleVariables {

  public OnboardingSettings {
    agreementReminder = agreementReminder == null ? Duration.ofDays(3) : agreementReminder;
    agreementExpiry = agreementExpiry == null ? Duration.ofDays(14) : agreementExpiry;
    agreementTemplateVersion = agreementTemplateVersion == null ? "v1" : agreementTemplateVersion;
  }

  public static OnboardingSettings defaults() {
    return new OnboardingSettings(null, null, null);
  }

  @Override
  public Map<String, Object> asProcessVariables() {
    return Map.of(
        "agreementReminder", agreementReminder.toString(),
        "agreementExpiry", agreementExpiry.toString());
  }
}
