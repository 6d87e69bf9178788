package org.partnerengine.notification;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enqueues notifications in the caller's transaction, once per idempotency key: a worker that runs
 * again finds its notification and enqueues nothing, and the unique key stops a concurrent twin.
 */
@Service
public class NotificationOutbox {

  private final Notifications notifications;
  private final Clock clock;

  public NotificationOutbox(Notifications notifications, Clock clock) {
    this.notifications = notifications;
    this.clock = clock;
  }

  /**
   * @return false when a notification with this key was enqueued before
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean enqueue(long partnerId, String template, String idempotencyKey) {
    if (notifications.existsByIdempotencyKey(idempotencyKey)) {
      return false;
    }
    notifications.save(new Notification(partnerId, template, idempotencyKey, clock.instant()));
    return true;
  }
}
