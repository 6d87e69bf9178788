package org.partnerengine.notification;

import java.time.Clock;
import java.time.Duration;
import org.partnerengine.partner.Partners;
import org.partnerengine.tasks.UserTasks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The task digest, for the groups that have a mail address
 * ({@code partner-engine.mail.group-addresses.<group>}); on unless {@code
 * partner-engine.notifications.task-digest.enabled=false}. It checks every minute whether an interval
 * ({@code task-digest.interval}, PT1H) has ended. The switch is read at run time, not as a condition,
 * because the AOT-processed app decides its conditions at build time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class TaskDigestConfiguration {

  @Bean
  TaskDigest taskDigest(
      UserTasks tasks,
      Partners partners,
      NotificationOutbox outbox,
      Clock clock,
      MailSettings mail,
      @org.springframework.beans.factory.annotation.Value("${partner-engine.notifications.task-digest.interval:PT1H}") Duration interval) {
    return new TaskDigest(tasks, partners, outbox, clock, interval, mail.groupAddresses().entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().isBlank())
        .map(java.util.Map.Entry::getKey)
        .collect(java.util.stream.Collectors.toSet()));
  }

  @Bean
  ScheduledDigest scheduledTaskDigest(
      TaskDigest digest,
      @Value("${partner-engine.notifications.task-digest.enabled:true}") boolean enabled) {
    return new ScheduledDigest(digest, enabled);
  }

  static class ScheduledDigest {
    private final TaskDigest digest;
    private final boolean enabled;

    ScheduledDigest(TaskDigest digest, boolean enabled) {
      this.digest = digest;
      this.enabled = enabled;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${partner-engine.notifications.task-digest.check-every:PT1M}")
    void run() {
      if (enabled) {
        digest.enqueueLastInterval();
      }
    }
  }
}
