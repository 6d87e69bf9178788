package org.partnerengine.notification;

import com.samskivert.mustache.Mustache;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.partnerengine.partner.Partners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox is always written. Delivery runs when there is somewhere to deliver to: mail once
 * {@code spring.mail.host} is set, or the logging sender with {@code
 * partner-engine.notifications.delivery-enabled=true}. Without either, a demo or a test never
 * mails anyone and the notifications stay in the outbox; the log says so once at startup. Whether
 * delivery runs is read at run time, not as a condition, because the AOT-processed app decides its
 * conditions at build time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class NotificationConfiguration {

  private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

  static final String MAIL_HOST = "spring.mail.host";

  @Bean
  MailSettings mailSettings(Environment environment) {
    Binder binder = Binder.get(environment);
    Bindable<Map<String, String>> map = Bindable.mapOf(String.class, String.class);
    return new MailSettings(
        environment.getProperty("partner-engine.mail.from", "partner-programme@localhost"),
        environment.getProperty("partner-engine.mail.portal-url", "http://localhost:8080"),
        binder.bind("partner-engine.mail.group-addresses", map).orElse(Map.of()),
        binder.bind("partner-engine.mail.languages-by-country", map).orElse(Map.of("DE", "de", "AT", "de", "CH", "de", "LI", "de")),
        environment.getProperty("partner-engine.mail.default-language", "en"),
        environment.getProperty("partner-engine.mail.staff-language", "en"));
  }

  @Bean
  MailTemplates mailTemplates(ObjectProvider<Mustache.Compiler> compiler) {
    return new MailTemplates(compiler.getIfAvailable(Mustache::compiler));
  }

  @Bean
  @ConditionalOnMissingBean
  NotificationSender notificationSender(
      Environment environment,
      ObjectProvider<JavaMailSender> mail,
      MailTemplates templates,
      Partners partners,
      MailSettings settings,
      ObjectProvider<AccountAddresses> accounts) {
    JavaMailSender mailSender = hasMailHost(environment) ? mail.getIfAvailable() : null;
    return mailSender == null
        ? new LoggingNotificationSender()
        : new MailNotificationSender(
            mailSender, templates, partners, settings, accounts.getIfAvailable(() -> partnerId -> java.util.Optional.empty()));
  }

  @Bean
  NotificationDispatcher.NotificationSettings notificationSettings(Environment environment) {
    NotificationDispatcher.NotificationSettings defaults = NotificationDispatcher.NotificationSettings.defaults();
    return new NotificationDispatcher.NotificationSettings(
        environment.getProperty("partner-engine.notifications.retry-backoff", Duration.class, defaults.retryBackoff()),
        environment.getProperty("partner-engine.notifications.max-backoff", Duration.class, defaults.maxBackoff()),
        environment.getProperty("partner-engine.notifications.max-attempts", Integer.class, defaults.maxAttempts()),
        environment.getProperty("partner-engine.notifications.claim-timeout", Duration.class, defaults.claimTimeout()),
        defaults.batchSize());
  }

  @Bean
  NotificationDispatcher notificationDispatcher(
      Notifications notifications,
      NotificationSender sender,
      TransactionTemplate transaction,
      Clock clock,
      NotificationDispatcher.NotificationSettings settings) {
    return new NotificationDispatcher(notifications, sender, transaction, clock, settings);
  }

  @Bean
  ScheduledDispatch scheduledNotificationDispatch(NotificationDispatcher dispatcher, Environment environment) {
    return new ScheduledDispatch(dispatcher, deliveryWanted(environment));
  }

  @Bean
  StartupReport notificationStartupReport(Environment environment, Notifications notifications) {
    return new StartupReport(environment, notifications);
  }

  static boolean hasMailHost(Environment environment) {
    String host = environment.getProperty(MAIL_HOST);
    return host != null && !host.isBlank();
  }

  /** Says once, at startup, where notifications go. */
  static class StartupReport {
    private final Environment environment;
    private final Notifications notifications;

    StartupReport(Environment environment, Notifications notifications) {
      this.environment = environment;
      this.notifications = notifications;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
      if (hasMailHost(environment)) {
        log.info(
            "Notifications are mailed through {}:{}",
            environment.getProperty(MAIL_HOST),
            environment.getProperty("spring.mail.port", "25"));
      } else if (environment.getProperty("partner-engine.notifications.delivery-enabled", Boolean.class, false)) {
        log.warn("spring.mail.host is not set: notifications are only written to the log, nobody gets mail");
      } else {
        log.warn(
            "spring.mail.host is not set: notifications are kept in the outbox and not sent ({} pending)",
            notifications.countByStatus(NotificationStatus.PENDING));
      }
    }
  }

  /**
   * Either a mail server or the logging sender switched on. A mail host counts once it is given at
   * all, as for Spring Boot's mail sender (a blank one then delivers through the logging sender).
   */
  static boolean deliveryWanted(Environment environment) {
    String host = environment.getProperty(MAIL_HOST);
    return (host != null && !host.equalsIgnoreCase("false"))
        || environment.getProperty("partner-engine.notifications.delivery-enabled", Boolean.class, false);
  }

  static class ScheduledDispatch {
    private final NotificationDispatcher dispatcher;
    private final boolean deliveryWanted;

    ScheduledDispatch(NotificationDispatcher dispatcher, boolean deliveryWanted) {
      this.dispatcher = dispatcher;
      this.deliveryWanted = deliveryWanted;
    }

    @Scheduled(
        initialDelayString = "${partner-engine.notifications.dispatch-interval:PT30S}",
        fixedDelayString = "${partner-engine.notifications.dispatch-interval:PT30S}")
    void dispatch() {
      // Without delivery the notifications stay in the outbox: not even the due ones are read.
      if (deliveryWanted) {
        dispatcher.dispatchPending();
      }
    }
  }
}
