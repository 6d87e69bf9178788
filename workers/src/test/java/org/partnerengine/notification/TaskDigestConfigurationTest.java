package org.partnerengine.notification;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.partner.Partners;
import org.partnerengine.tasks.UserTasks;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The digest's schedule is there either way; task-digest.enabled=false makes each run do nothing. */
class TaskDigestConfigurationTest {

  final UserTasks tasks = mock(UserTasks.class);

  final ApplicationContextRunner app =
      new ApplicationContextRunner()
          // As a started app converts: the interval is a Duration.
          .withInitializer(context -> context.getBeanFactory().setConversionService(ApplicationConversionService.getSharedInstance()))
          .withUserConfiguration(TaskDigestConfiguration.class)
          .withBean(UserTasks.class, () -> tasks)
          .withBean(Partners.class, () -> mock(Partners.class))
          .withBean(NotificationOutbox.class, () -> mock(NotificationOutbox.class))
          .withBean(Clock.class, Clock::systemUTC)
          .withBean(
              MailSettings.class,
              () -> new MailSettings("from@example.com", "http://localhost", Map.of("finance", "finance@example.com"), Map.of(), "en", "en"));

  @Test
  void onByDefaultARunLooksForTheGroupsTasks() {
    app.run(
        context -> {
          context.getBean(TaskDigestConfiguration.ScheduledDigest.class).run();
          verify(tasks).findOpenOfferedToGroupCreatedBetween(eq("finance"), any(), any());
        });
  }

  @Test
  void switchedOffARunReadsNothing() {
    app.withPropertyValues("partner-engine.notifications.task-digest.enabled=false")
        .run(
            context -> {
              context.getBean(TaskDigestConfiguration.ScheduledDigest.class).run();
              verifyNoInteractions(tasks);
            });
  }
}
