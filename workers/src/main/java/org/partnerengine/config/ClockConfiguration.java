package org.partnerengine.config;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for every timestamp the business writes, so tests can hold it still. It ticks in
 * microseconds, the precision of {@code datetime(6)}: a worker that answers a time it just stored
 * answers the same time when its job is delivered again and the time is read back.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

  @Bean
  @ConditionalOnMissingBean
  public Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }
}
