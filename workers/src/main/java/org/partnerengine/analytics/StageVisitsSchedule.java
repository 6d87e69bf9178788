package org.partnerengine.analytics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Catches {@code stage_visit} up at startup and then every {@code partner-engine.analytics.catch-up-interval}
 * (PT1M), so no request pays for deriving a long history. Reads stay exact in between (they derive
 * the visits after the watermark themselves); the interval only bounds how much they derive. Off
 * with {@code partner-engine.analytics.catch-up-enabled=false}: read at run time, not as a
 * condition, because the AOT-processed app decides its conditions at build time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class StageVisitsSchedule {

  @Bean
  ScheduledCatchUp scheduledStageVisitCatchUp(StageVisits stageVisits, AnalyticsSettings settings) {
    return new ScheduledCatchUp(stageVisits, settings.catchUpEnabled());
  }

  static class ScheduledCatchUp {
    private static final Logger log = LoggerFactory.getLogger(ScheduledCatchUp.class);

    private final StageVisits stageVisits;
    private final boolean enabled;

    ScheduledCatchUp(StageVisits stageVisits, boolean enabled) {
      this.stageVisits = stageVisits;
      this.enabled = enabled;
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${partner-engine.analytics.catch-up-interval:PT1M}")
    void catchUp() {
      if (!enabled) {
        return;
      }
      long started = System.nanoTime();
      try {
        int derived = stageVisits.catchUp();
        if (derived > 1000) {
          log.info("Derived {} stage visits in {} ms", derived, (System.nanoTime() - started) / 1_000_000);
        }
      } catch (RuntimeException e) {
        // Another instance catching up at the same moment, or the database away: the next run retries.
        log.warn("Stage visit catch-up failed: {}", e.getMessage());
      }
    }
  }
}
