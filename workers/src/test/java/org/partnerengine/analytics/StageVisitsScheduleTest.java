package org.partnerengine.analytics;

import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The catch-up's schedule is there either way; catch-up-enabled=false makes each run do nothing. */
class StageVisitsScheduleTest {

  final StageVisits stageVisits = mock(StageVisits.class);

  final ApplicationContextRunner app =
      new ApplicationContextRunner()
          .withUserConfiguration(Settings.class, StageVisitsSchedule.class)
          .withBean(StageVisits.class, () -> stageVisits);

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(AnalyticsSettings.class)
  static class Settings {}

  @Test
  void onByDefaultItCatchesUpAsTheScheduleStarts() {
    app.run(context -> await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> verify(stageVisits, atLeastOnce()).catchUp()));
  }

  @Test
  void switchedOffARunDerivesNothing() {
    app.withPropertyValues("partner-engine.analytics.catch-up-enabled=false")
        .run(
            context -> {
              context.getBean(StageVisitsSchedule.ScheduledCatchUp.class).catchUp();
              verifyNoInteractions(stageVisits);
            });
  }
}
