package org.partnerengine.recovery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the app recovers work a crash left half done.
 *
 * @param orphanSweepEnabled whether the sweep runs on a schedule
 * @param orphanGrace how old an application, deal or MDF request without a process must be before
 *     the sweep starts one: longer than a start and its first step normally take, so the sweep
 *     never races a live request
 * @param orphanSweepInterval how often the sweep looks
 */
@ConfigurationProperties("partner-engine.recovery")
public record RecoverySettings(boolean orphanSweepEnabled, Duration orphanGrace, Duration orphanSweepInterval) {

  public RecoverySettings {
    orphanGrace = orphanGrace == null ? Duration.ofMinutes(2) : orphanGrace;
    orphanSweepInterval = orphanSweepInterval == null ? Duration.ofMinutes(1) : orphanSweepInterval;
  }
}
