package org.partnerengine.recovery;

import org.partnerengine.deployment.approval.DeploymentApprovals;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the orphan sweep on a schedule when {@code partner-engine.recovery.orphan-sweep-enabled}: orphan
 * applications, and deployment requests whose approval task the engine did not take.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "partner-engine.recovery", name = "orphan-sweep-enabled", havingValue = "true")
@EnableScheduling
class RecoveryConfiguration {

  @Bean
  ScheduledSweep scheduledOrphanSweep(OrphanApplications orphans, DeploymentApprovals approvals) {
    return new ScheduledSweep(orphans, approvals);
  }

  static class ScheduledSweep {
    private final OrphanApplications orphans;
    private final DeploymentApprovals approvals;

    ScheduledSweep(OrphanApplications orphans, DeploymentApprovals approvals) {
      this.orphans = orphans;
      this.approvals = approvals;
    }

    @Scheduled(
        initialDelayString = "${partner-engine.recovery.orphan-sweep-interval:PT1M}",
        fixedDelayString = "${partner-engine.recovery.orphan-sweep-interval:PT1M}")
    void sweep() {
      orphans.sweep();
      approvals.startMissing();
    }
  }
}
