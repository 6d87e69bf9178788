package org.partnerengine.notification;

public enum NotificationStatus {
  /** Enqueued; not delivered yet (maybe waiting for a retry after a failed attempt). */
  PENDING,
  SENT,
  /** Given up: out of attempts, or nobody to send it to. The last error says why. */
  FAILED
}
