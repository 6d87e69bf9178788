package org.partnerengine.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.recruitment.RecruitmentSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The recruitment and onboarding settings as an operator sets them, and what the processes receive. */
class LifecycleSettingsTest {

  @EnableConfigurationProperties({RecruitmentSettings.class, OnboardingSettings.class})
  static class Settings {}

  private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class);

  @Test
  void withoutConfigurationTheProcessesGetTheDefaultDurations() {
    // java.time.Duration writes days as hours: PT72H is the ISO-8601 the timers read as three days.
    context.run(
        app -> {
          assertThat(app.getBean(OnboardingSettings.class).asProcessVariables())
              .isEqualTo(Map.of("agreementReminder", "PT72H", "agreementExpiry", "PT336H"));
          assertThat(app.getBean(RecruitmentSettings.class).asProcessVariables())
              .isEqualTo(Map.of("approvalReminder", "PT48H", "approvalEscalation", "PT120H"));
          assertThat(app.getBean(RecruitmentSettings.class).restrictedEntities()).contains("Blocked Example Holdings");
        });
  }

  @Test
  void configuredDurationsAndListsReplaceTheDefaults() {
    context
        .withPropertyValues(
            "partner-engine.onboarding.agreement-reminder=PT10S",
            "partner-engine.onboarding.agreement-expiry=PT30S",
            "partner-engine.onboarding.agreement-template-version=v2",
            "partner-engine.recruitment.restricted-countries=RU,BY")
        .run(
            app -> {
              OnboardingSettings onboarding = app.getBean(OnboardingSettings.class);
              assertThat(onboarding.agreementExpiry()).isEqualTo(Duration.ofSeconds(30));
              assertThat(onboarding.asProcessVariables()).containsEntry("agreementReminder", "PT10S");
              assertThat(onboarding.agreementTemplateVersion()).isEqualTo("v2");
              assertThat(app.getBean(RecruitmentSettings.class).restrictedCountries()).containsExactly("RU", "BY");
            });
  }
}
