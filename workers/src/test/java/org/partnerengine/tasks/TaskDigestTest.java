package org.partnerengine.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.MovingClock;
import org.partnerengine.WorkerFixtures;
import org.partnerengine.notification.Notification;
import org.partnerengine.notification.NotificationOutbox;
import org.partnerengine.notification.TaskDigest;
import org.partnerengine.notification.Notifications;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@DatabaseTest
@Import({NotificationOutbox.class, WorkerFixtures.class})
class TaskDigestTest {

  @Autowired UserTasks tasks;
  @Autowired Partners partners;
  @Autowired NotificationOutbox outbox;
  @Autowired Notifications notifications;

  final MovingClock clock =
      new MovingClock(Instant.parse("2026-03-01T11:05:00Z"));

  @Test
  void mailsEachGroupOneDigestPerIntervalOfTheTasksItWasOfferedInIt() {
    long partnerId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();
    task(1, "channel-approvers", partnerId, "2026-03-01T09:59:59Z");
    task(2, "channel-approvers", partnerId, "2026-03-01T10:10:00Z");
    task(3, "channel-approvers", null, "2026-03-01T10:40:00Z");
    task(4, "finance", partnerId, "2026-03-01T10:50:00Z");
    task(5, "channel-approvers", partnerId, "2026-03-01T11:00:00Z");
    TaskDigest digest =
        new TaskDigest(tasks, partners, outbox, clock, Duration.ofHours(1), Set.of("channel-approvers", "partner-managers"));

    assertThat(digest.enqueueLastInterval()).isEqualTo(1);
    assertThat(digest.enqueueLastInterval()).as("a second run in the same interval").isZero();

    assertThat(notifications.findAll())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.getRecipientGroup()).isEqualTo("channel-approvers");
              assertThat(n.getPartnerId()).isNull();
              assertThat(n.getTemplate()).isEqualTo("tasks-digest");
              assertThat(n.getParams())
                  .contains("\"count\":\"2\"")
                  .contains("- Approve application: Acme Cloud GmbH\\n- Approve application")
                  .contains("\"from\":\"2026-03-01T10:00:00Z\"", "\"to\":\"2026-03-01T11:00:00Z\"");
            });

    clock.move(Duration.ofHours(1));
    assertThat(digest.enqueueLastInterval()).isEqualTo(1);
    clock.move(Duration.ofHours(1));
    assertThat(digest.enqueueLastInterval()).as("an interval without new tasks mails nobody").isZero();
    assertThat(notifications.findAll()).extracting(Notification::getParams).last().asString().contains("\"count\":\"1\"");
  }

  private void task(long jobKey, String group, Long partnerId, String at) {
    tasks.saveAndFlush(
        new UserTask(
            jobKey, "Task_ApproveApplication", "Approve application", "partner-recruitment", 1L, 100L + jobKey, partnerId,
            Set.of(group), null, null, null, null, Instant.parse(at)));
  }
}
