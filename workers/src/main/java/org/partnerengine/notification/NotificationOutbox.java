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
    return enqueue(partnerId, template, idempotencyKey, null);
  }

  /**
   * A notification carrying a one-time link (an invitation, a password reset).
   *
   * @return false when a notification with this key was enqueued before
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean enqueue(long partnerId, String template, String idempotencyKey, String link) {
    if (notifications.existsByIdempotencyKey(idempotencyKey)) {
      return false;
    }
    notifications.save(new Notification(partnerId, template, idempotencyKey, link, clock.instant()));
    return true;
  }
}
