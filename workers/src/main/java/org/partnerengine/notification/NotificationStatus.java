package org.partnerengine.notification;

public enum NotificationStatus {
  /** Enqueued; the dispatcher has not delivered it yet. */
  PENDING,
  SENT
}
