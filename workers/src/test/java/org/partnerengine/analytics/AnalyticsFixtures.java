package org.partnerengine.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.partnerengine.money.MoneyFixtures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** A fixed "now" at the end of a generated year, and the default analytics and money settings. */
@TestConfiguration(proxyBeanMethods = false)
@Import(MoneyFixtures.class)
public class AnalyticsFixtures {

  public static final Instant NOW = Instant.parse("2026-12-31T12:00:00Z");

  @Bean
  Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  @Bean
  AnalyticsSettings analyticsSettings() {
    return AnalyticsSettings.defaults();
  }
}
