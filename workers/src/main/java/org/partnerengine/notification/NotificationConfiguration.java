package org.partnerengine.notification;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox is always written; delivery is off unless
 * {@code partner-engine.notifications.delivery-enabled=true}, so a demo or a test never mails anyone.
 */
@Configuration(proxyBeanMethods = false)
public class NotificationConfiguration {

  @Bean
  @ConditionalOnMissingBean
  NotificationSender loggingNotificationSender() {
    return new LoggingNotificationSender();
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(prefix = "partner-engine.notifications", name = "delivery-enabled", havingValue = "true")
  @EnableScheduling
  static class Delivery {

    @Bean
    NotificationDispatcher notificationDispatcher(
        Notifications notifications, NotificationSender sender, TransactionTemplate transaction, Clock clock) {
      return new NotificationDispatcher(notifications, sender, transaction, clock);
    }

    @Bean
    ScheduledDispatch scheduledNotificationDispatch(NotificationDispatcher dispatcher) {
      return new ScheduledDispatch(dispatcher);
    }
  }

  static class ScheduledDispatch {
    private final NotificationDispatcher dispatcher;

    ScheduledDispatch(NotificationDispatcher dispatcher) {
      this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${partner-engine.notifications.dispatch-interval:PT30S}")
    void dispatch() {
      dispatcher.dispatchPending();
    }
  }
}
