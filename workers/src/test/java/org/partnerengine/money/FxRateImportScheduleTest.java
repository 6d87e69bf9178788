package org.partnerengine.money;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The import's schedule is there either way; fx-rate-import.enabled=false makes it do nothing. */
class FxRateImportScheduleTest {

  final FxRateImport fxRateImport = mock(FxRateImport.class);

  final ApplicationContextRunner app =
      new ApplicationContextRunner()
          .withUserConfiguration(Settings.class, FxRateImportSchedule.class)
          .withBean(FxRateImport.class, () -> fxRateImport);

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(MoneySettings.class)
  static class Settings {}

  @Test
  void onByDefaultItImportsAtStartupAndOnSchedule() {
    app.run(
        context -> {
          ready(context);
          context.getBean(FxRateImportSchedule.class).onSchedule();
          verify(fxRateImport, times(2)).runLogged();
        });
  }

  @Test
  void switchedOffItImportsNothing() {
    app.withPropertyValues("partner-engine.money.fx-rate-import.enabled=false")
        .run(
            context -> {
              ready(context);
              context.getBean(FxRateImportSchedule.class).onSchedule();
              verifyNoInteractions(fxRateImport);
            });
  }

  private static void ready(AssertableApplicationContext context) {
    context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
  }
}
