package org.partnerengine.notification;

import java.time.Clock;
import java.time.Duration;
import org.partnerengine.partner.Partners;
import org.partnerengine.tasks.UserTasks;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The task digest, for the groups that have a mail address
 * ({@code partner-engine.mail.group-addresses.<group>}); on unless {@code
 * partner-engine.notifications.task-digest.enabled=false}. It checks every minute whether an interval
 * ({@code task-digest.interval}, PT1H) has ended.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "partner-engine.notifications.task-digest", name = "enabled", havingValue = "true", matchIfMissing = true)
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
  ScheduledDigest scheduledTaskDigest(TaskDigest digest) {
    return new ScheduledDigest(digest);
  }

  static class ScheduledDigest {
    private final TaskDigest digest;

    ScheduledDigest(TaskDigest digest) {
      this.digest = digest;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${partner-engine.notifications.task-digest.check-every:PT1M}")
    void run() {
      digest.enqueueLastInterval();
    }
  }
}
