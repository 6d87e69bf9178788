package org.partnerengine.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
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

/** Which sender delivers, and whether anything is delivered, follows from spring.mail.host. */
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
          assertThat(context).doesNotHaveBean(NotificationDispatcher.class);
          assertThat(context.getBean(NotificationSender.class)).isInstanceOf(LoggingNotificationSender.class);
          context.getBean(NotificationConfiguration.StartupReport.class).report();
        });
    assertThat(output).contains("spring.mail.host is not set: notifications are kept in the outbox and not sent (3 pending)");
  }

  @Test
  void withAMailHostNotificationsAreMailed(CapturedOutput output) {
    app.withPropertyValues("spring.mail.host=smtp.example.com", "spring.mail.port=2525")
        .run(
            context -> {
              assertThat(context).hasSingleBean(NotificationDispatcher.class);
              assertThat(context.getBean(NotificationSender.class)).isInstanceOf(MailNotificationSender.class);
              context.getBean(NotificationConfiguration.StartupReport.class).report();
            });
    assertThat(output).contains("Notifications are mailed through smtp.example.com:2525").doesNotContain("kept in the outbox");
  }
}
