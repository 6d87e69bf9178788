package org.partnerengine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
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

  @Autowired NotificationOutbox outbox;
  @Autowired Notifications notifications;
  @Autowired Partners partners;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired Clock clock;

  @Test
  void deliversEachPendingNotificationOnceAndRetriesOneThatFailed() {
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    long partnerId = transaction.execute(status -> partners.save(WorkerFixtures.applicant()).getId());
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
        };
    NotificationDispatcher dispatcher = new NotificationDispatcher(notifications, flakyOnRejections, transaction, clock);

    assertThat(dispatcher.dispatchPending()).isEqualTo(1);
    assertThat(dispatcher.dispatchPending()).isEqualTo(1);
    assertThat(dispatcher.dispatchPending()).isZero();

    assertThat(delivered).containsExactly("failed once", "k-2", "k-1");
    assertThat(notifications.findByPartnerIdOrderByIdAsc(partnerId))
        .extracting(Notification::getStatus)
        .containsOnly(NotificationStatus.SENT)
        .hasSize(2);
    transaction.executeWithoutResult(status -> {
      notifications.deleteAll();
      partners.deleteById(partnerId);
    });
  }
}
