package org.partnerengine.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerengine.partner.Partners;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.autoconfigure.mustache.MustacheAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which sender delivers, and whether anything is delivered, follows from spring.mail.host and
 * delivery-enabled, read when the app starts (the beans are there either way).
 */
@ExtendWith(OutputCaptureExtension.class)
class NotificationConfigurationTest {

  final Notifications notifications = mock(Notifications.class);

  final ApplicationContextRunner app =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class, MustacheAutoConfiguration.class))
          .withUserConfiguration(NotificationConfiguration.class)
          .withBean(Notifications.class, () -> notifications)
          .withBean(Partners.class, () -> mock(Partners.class))
          .withBean(TransactionTemplate.class, () -> mock(TransactionTemplate.class))
          .withBean(Clock.class, Clock::systemUTC);

  @Test
  void withoutAMailHostTheOutboxIsKeptAndTheLogSaysSo(CapturedOutput output) {
    when(notifications.countByStatus(NotificationStatus.PENDING)).thenReturn(3L);
    app.run(
        context -> {
          assertThat(context.getBean(NotificationSender.class)).isInstanceOf(LoggingNotificationSender.class);
          context.getBean(NotificationConfiguration.ScheduledDispatch.class).dispatch();
          verify(notifications, never()).findDue(any(), any());
          context.getBean(NotificationConfiguration.StartupReport.class).report();
        });
    assertThat(output).contains("spring.mail.host is not set: notifications are kept in the outbox and not sent (3 pending)");
  }

  @Test
  void withDeliveryEnabledAndNoMailHostTheLoggingSenderDelivers(CapturedOutput output) {
    app.withPropertyValues("partner-engine.notifications.delivery-enabled=true")
        .run(
            context -> {
              assertThat(context.getBean(NotificationSender.class)).isInstanceOf(LoggingNotificationSender.class);
              context.getBean(NotificationConfiguration.ScheduledDispatch.class).dispatch();
              verify(notifications).findDue(any(), any());
              context.getBean(NotificationConfiguration.StartupReport.class).report();
            });
    assertThat(output).contains("notifications are only written to the log, nobody gets mail").doesNotContain("kept in the outbox");
  }

  @Test
  void withAMailHostNotificationsAreMailed(CapturedOutput output) {
    app.withPropertyValues("spring.mail.host=smtp.example.com", "spring.mail.port=2525")
        .run(
            context -> {
              assertThat(context.getBean(NotificationSender.class)).isInstanceOf(MailNotificationSender.class);
              context.getBean(NotificationConfiguration.ScheduledDispatch.class).dispatch();
              verify(notifications).findDue(any(), any());
              context.getBean(NotificationConfiguration.StartupReport.class).report();
            });
    assertThat(output).contains("Notifications are mailed through smtp.example.com:2525").doesNotContain("kept in the outbox");
  }
}
