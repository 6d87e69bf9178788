package org.partnerengine.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due notifications, oldest first. Each is first claimed with a conditional update (so
 * two app instances never send the same one at once), then sent outside any transaction, then
 * marked: sent, or failed with its error and a next attempt after an exponential backoff. One that
 * fails does not hold back the others. A dispatcher that stops between sending and marking leaves
 * the claim to run out, and the mail goes again: at least once, never lost.
 */
public class NotificationDispatcher {

  private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

  private final Notifications notifications;
  private final NotificationSender sender;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final NotificationSettings settings;

  public NotificationDispatcher(
      Notifications notifications,
      NotificationSender sender,
      TransactionTemplate transaction,
      Clock clock,
      NotificationSettings settings) {
    this.notifications = notifications;
    this.sender = sender;
    this.transaction = transaction;
    this.clock = clock;
    this.settings = settings;
  }

  /** Sends what is due now; answers how many were sent. */
  public int dispatchPending() {
    int sent = 0;
    for (Long id : notifications.findDue(clock.instant(), PageRequest.of(0, settings.batchSize()))) {
      if (attempt(id)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean attempt(long id) {
    Instant now = clock.instant();
    Integer claimed = transaction.execute(status -> notifications.claim(id, now, now.plus(settings.claimTimeout())));
    if (claimed == null || claimed == 0) {
      return false;
    }
    Notification notification = notifications.findById(id).orElseThrow();
    try {
      String locale = sender.send(notification);
      mark(id, n -> n.markSent(clock.instant(), locale));
      return true;
    } catch (UndeliverableNotification e) {
      log.warn("Notification {} ({}) cannot be delivered: {}", id, notification.getTemplate(), e.getMessage());
      mark(id, n -> n.undeliverable(e.getMessage()));
    } catch (RuntimeException e) {
      String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      log.warn("Notification {} ({}) not delivered, will retry: {}", id, notification.getTemplate(), error);
      mark(id, n -> n.attemptFailed(clock.instant(), error, settings.retryBackoff(), settings.maxBackoff(), settings.maxAttempts()));
    }
    return false;
  }

  private void mark(long id, java.util.function.Consumer<Notification> change) {
    transaction.executeWithoutResult(status -> change.accept(notifications.findById(id).orElseThrow()));
  }

  /** How delivery retries and claims. */
  public record NotificationSettings(
      Duration retryBackoff, Duration maxBackoff, int maxAttempts, Duration claimTimeout, int batchSize) {

    public NotificationSettings {
      if (retryBackoff.isNegative() || retryBackoff.isZero() || maxBackoff.compareTo(retryBackoff) < 0) {
        throw new IllegalArgumentException("retry-backoff must be positive and at most max-backoff");
      }
      if (maxAttempts < 1 || batchSize < 1) {
        throw new IllegalArgumentException("max-attempts and batch size must be at least 1");
      }
    }

    public static NotificationSettings defaults() {
      return new NotificationSettings(Duration.ofMinutes(1), Duration.ofHours(6), 10, Duration.ofMinutes(5), 50);
    }
  }
}
