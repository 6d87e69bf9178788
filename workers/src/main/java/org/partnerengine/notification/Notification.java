package org.partnerengine.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A message to send about a partner (rejection, reminder, invitation), or to a staff group about
 * many (the task digest). It names a template and the partner or group; the sender renders it and
 * looks up the recipient when it delivers, so the outbox
 * holds no copy of personal data. An invitation or a password reset also carries its one-time
 * link: the only copy of the token, wiped once the notification is sent or given up.
 *
 * <p>Each failed attempt counts, records its error and waits twice as long as the one before for
 * the next; after the last allowed attempt the notification is FAILED for good.
 */
@Entity
public final class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long partnerId;
  private String recipientGroup;
  private String template;
  private String idempotencyKey;
  private String link;

  @Enumerated(EnumType.STRING)
  private NotificationStatus status;

  private Instant createdAt;
  private Instant sentAt;
  private int attempts;
  private Instant nextAttemptAt;
  private String lastError;
  private String locale;
  private String params;

  @Version private long version;

  protected Notification() {}

  Notification(Long partnerId, String recipientGroup, String template, String idempotencyKey, String link, String params, Instant at) {
    this.partnerId = partnerId;
    this.recipientGroup = recipientGroup;
    this.template = template;
    this.idempotencyKey = idempotencyKey;
    this.link = link;
    this.params = params;
    this.status = NotificationStatus.PENDING;
    this.createdAt = at;
  }

  void markSent(Instant at, String usedLocale) {
    status = NotificationStatus.SENT;
    sentAt = at;
    locale = usedLocale;
    attempts++;
    nextAttemptAt = null;
    link = null;
  }

  /**
   * One attempt failed: the next waits {@code firstBackoff} doubled per attempt before it, at most
   * {@code maxBackoff}; after {@code maxAttempts} the notification is given up.
   */
  void attemptFailed(Instant at, String error, Duration firstBackoff, Duration maxBackoff, int maxAttempts) {
    attempts++;
    lastError = shorten(error);
    if (attempts >= maxAttempts) {
      giveUp();
      return;
    }
    Duration wait = firstBackoff.multipliedBy(1L << Math.min(attempts - 1, 30));
    nextAttemptAt = at.plus(wait.compareTo(maxBackoff) > 0 || wait.isNegative() ? maxBackoff : wait);
  }

  /** Nothing a retry could change (nobody to send it to): FAILED at once. */
  void undeliverable(String error) {
    attempts++;
    lastError = shorten(error);
    giveUp();
  }

  private void giveUp() {
    status = NotificationStatus.FAILED;
    nextAttemptAt = null;
    link = null;
  }

  private static String shorten(String error) {
    String text = error == null || error.isBlank() ? "unknown error" : error.strip();
    return text.length() <= 500 ? text : text.substring(0, 497) + "...";
  }

  public Long getId() {
    return id;
  }

  /** The partner it is about; null for a mail to a staff group about many (a digest). */
  public Long getPartnerId() {
    return partnerId;
  }

  /** The staff group it goes to when it is about no one partner; else null. */
  public String getRecipientGroup() {
    return recipientGroup;
  }

  public String getTemplate() {
    return template;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  /** The one-time link the message carries (relative to the portal), until it is sent; else null. */
  public String getLink() {
    return link;
  }

  public NotificationStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  /** Delivery attempts so far, the successful one included. */
  public int getAttempts() {
    return attempts;
  }

  /** When the next attempt may run, while the notification is pending after a failure; else null. */
  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  /** Why the last attempt failed (the mail server's answer), if one did. */
  public String getLastError() {
    return lastError;
  }

  /** The language the mail was rendered in, once sent. */
  public String getLocale() {
    return locale;
  }

  /** The template's values other than the partner's own data, as JSON; null when there are none. */
  public String getParams() {
    return params;
  }
}
