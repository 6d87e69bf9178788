package org.partnerengine.recovery;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the orphan sweep on a schedule when {@code partner-engine.recovery.orphan-sweep-enabled}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "partner-engine.recovery", name = "orphan-sweep-enabled", havingValue = "true")
@EnableScheduling
class RecoveryConfiguration {

  @Bean
  ScheduledSweep scheduledOrphanSweep(OrphanApplications orphans) {
    return new ScheduledSweep(orphans);
  }

  static class ScheduledSweep {
    private final OrphanApplications orphans;

    ScheduledSweep(OrphanApplications orphans) {
      this.orphans = orphans;
    }

    @Scheduled(
        initialDelayString = "${partner-engine.recovery.orphan-sweep-interval:PT1M}",
        fixedDelayString = "${partner-engine.recovery.orphan-sweep-interval:PT1M}")
    void sweep() {
      orphans.sweep();
    }
  }
}
