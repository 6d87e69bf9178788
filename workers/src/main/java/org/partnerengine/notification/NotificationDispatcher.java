package org.partnerengine.notification;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers pending notifications, oldest first, each in its own transaction: one that fails stays
 * pending for the next round and does not hold back the others.
 */
public class NotificationDispatcher {

  private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

  private final Notifications notifications;
  private final NotificationSender sender;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public NotificationDispatcher(
      Notifications notifications, NotificationSender sender, TransactionTemplate transaction, Clock clock) {
    this.notifications = notifications;
    this.sender = sender;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Sends what is pending now; answers how many were sent. */
  public int dispatchPending() {
    int sent = 0;
    for (Notification pending : notifications.findTop50ByStatusOrderByIdAsc(NotificationStatus.PENDING)) {
      try {
        transaction.executeWithoutResult(
            status -> {
              Notification notification = notifications.findById(pending.getId()).orElseThrow();
              if (notification.getStatus() == NotificationStatus.PENDING) {
                sender.send(notification);
                notification.markSent(clock.instant());
              }
            });
        sent++;
      } catch (RuntimeException e) {
        log.warn("Notification {} not delivered, will retry: {}", pending.getId(), e.getMessage());
      }
    }
    return sent;
  }
}
