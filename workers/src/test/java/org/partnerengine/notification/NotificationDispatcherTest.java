package org.partnerengine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.MovingClock;
import org.partnerengine.WorkerFixtures;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
@Import({NotificationOutbox.class, WorkerFixtures.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class NotificationDispatcherTest {

  static final NotificationDispatcher.NotificationSettings SETTINGS =
      new NotificationDispatcher.NotificationSettings(Duration.ofMinutes(1), Duration.ofMinutes(5), 4, Duration.ofMinutes(10), 50);

  @Autowired NotificationOutbox outbox;
  @Autowired Notifications notifications;
  @Autowired Partners partners;
  @Autowired PlatformTransactionManager transactionManager;

  TransactionTemplate transaction;
  MovingClock clock = new MovingClock(WorkerFixtures.NOW);
  long partnerId;

  @BeforeEach
  void partner() {
    transaction = new TransactionTemplate(transactionManager);
    partnerId = transaction.execute(status -> partners.save(WorkerFixtures.applicant()).getId());
  }

  @AfterEach
  void cleanUp() {
    transaction.executeWithoutResult(status -> {
      notifications.deleteAll();
      partners.deleteById(partnerId);
    });
  }

  @Test
  void deliversEachPendingNotificationOnceAndRetriesOneThatFailedAfterItsBackoff() {
    transaction.executeWithoutResult(
        status -> {
          outbox.enqueue(partnerId, "application-rejected", "k-1");
          outbox.enqueue(partnerId, "portal-invitation", "k-2");
          outbox.enqueue(partnerId, "portal-invitation", "k-2");
        });
    List<String> delivered = new ArrayList<>();
    NotificationSender flakyOnRejections =
        notification -> {
          if (notification.getTemplate().equals("application-rejected") && delivered.isEmpty()) {
            delivered.add("failed once");
            throw new IllegalStateException("mail server down");
          }
          delivered.add(notification.getIdempotencyKey());
          return "en";
        };
    NotificationDispatcher dispatcher = new NotificationDispatcher(notifications, flakyOnRejections, transaction, clock, SETTINGS);

    assertThat(dispatcher.dispatchPending()).isEqualTo(1);
    Notification failed = byKey("k-1");
    assertThat(failed.getStatus()).isEqualTo(NotificationStatus.PENDING);
    assertThat(failed.getAttempts()).isEqualTo(1);
    assertThat(failed.getLastError()).isEqualTo("mail server down");
    assertThat(failed.getNextAttemptAt()).isEqualTo(WorkerFixtures.NOW.plus(Duration.ofMinutes(1)));

    assertThat(dispatcher.dispatchPending()).as("not before its backoff").isZero();
    clock.move(Duration.ofMinutes(1));
    assertThat(dispatcher.dispatchPending()).isEqualTo(1);
    assertThat(dispatcher.dispatchPending()).isZero();

    assertThat(delivered).containsExactly("failed once", "k-2", "k-1");
    assertThat(notifications.findByPartnerIdOrderByIdAsc(partnerId))
        .extracting(Notification::getStatus, Notification::getLocale)
        .containsOnly(org.assertj.core.groups.Tuple.tuple(NotificationStatus.SENT, "en"))
        .hasSize(2);
    assertThat(byKey("k-1").getAttempts()).isEqualTo(2);
  }

  @Test
  void doublesTheWaitPerFailureUpToTheMaximumAndGivesUpAfterTheLastAttempt() {
    transaction.executeWithoutResult(status -> outbox.enqueue(partnerId, "password-reset", "k-reset", "/#/password-reset/secret"));
    NotificationSender down =
        notification -> {
          throw new IllegalStateException("421 try later");
        };
    NotificationDispatcher dispatcher = new NotificationDispatcher(notifications, down, transaction, clock, SETTINGS);

    List<Duration> waits = new ArrayList<>();
    for (int attempt = 1; attempt < SETTINGS.maxAttempts(); attempt++) {
      dispatcher.dispatchPending();
      Notification notification = byKey("k-reset");
      waits.add(Duration.between(clock.instant(), notification.getNextAttemptAt()));
      clock.move(waits.getLast());
    }
    assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4));

    dispatcher.dispatchPending();
    Notification givenUp = byKey("k-reset");
    assertThat(givenUp.getStatus()).isEqualTo(NotificationStatus.FAILED);
    assertThat(givenUp.getAttempts()).isEqualTo(4);
    assertThat(givenUp.getLastError()).isEqualTo("421 try later");
    assertThat(givenUp.getNextAttemptAt()).isNull();
    assertThat(givenUp.getLink()).as("the token goes with the failed notification").isNull();
    clock.move(Duration.ofDays(1));
    assertThat(dispatcher.dispatchPending()).isZero();
  }

  @Test
  void aNotificationWithNobodyToGoToFailsAtOnce() {
    transaction.executeWithoutResult(status -> outbox.enqueue(partnerId, "approval-reminder", "k-reminder"));
    NotificationSender noAddress =
        notification -> {
          throw new UndeliverableNotification("No address for group channel-approvers");
        };

    new NotificationDispatcher(notifications, noAddress, transaction, clock, SETTINGS).dispatchPending();

    Notification failed = byKey("k-reminder");
    assertThat(failed.getStatus()).isEqualTo(NotificationStatus.FAILED);
    assertThat(failed.getAttempts()).isEqualTo(1);
    assertThat(failed.getLastError()).isEqualTo("No address for group channel-approvers");
  }

  @Test
  void aNotificationClaimedByAnotherDispatcherIsNotSentAgainUntilTheClaimRunsOut() {
    transaction.executeWithoutResult(status -> outbox.enqueue(partnerId, "agreement-reminder", "k-claimed"));
    long id = byKey("k-claimed").getId();
    Integer claimed =
        transaction.execute(status -> notifications.claim(id, clock.instant(), clock.instant().plus(SETTINGS.claimTimeout())));
    assertThat(claimed).isEqualTo(1);
    List<String> delivered = new ArrayList<>();
    NotificationDispatcher dispatcher =
        new NotificationDispatcher(
            notifications,
            notification -> {
              delivered.add(notification.getIdempotencyKey());
              return "en";
            },
            transaction,
            clock,
            SETTINGS);

    assertThat(dispatcher.dispatchPending()).isZero();
    clock.move(SETTINGS.claimTimeout());
    assertThat(dispatcher.dispatchPending()).isEqualTo(1);
    assertThat(delivered).containsExactly("k-claimed");
  }

  private Notification byKey(String key) {
    return notifications.findAll().stream().filter(n -> n.getIdempotencyKey().equals(key)).findFirst().orElseThrow();
  }
}
