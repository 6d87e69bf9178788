package org.partnerengine.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A message to send about a partner (rejection, reminder, invitation). It names a template and
 * the partner; the sender renders it and looks up the recipient when it delivers, so the outbox
 * holds no copy of personal data. An invitation or a password reset also carries its one-time
 * link: the only copy of the token, wiped once the notification is sent.
 */
@Entity
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long partnerId;
  private String template;
  private String idempotencyKey;
  private String link;

  @Enumerated(EnumType.STRING)
  private NotificationStatus status;

  private Instant createdAt;
  private Instant sentAt;

  @Version private long version;

  protected Notification() {}

  Notification(long partnerId, String template, String idempotencyKey, String link, Instant at) {
    this.partnerId = partnerId;
    this.template = template;
    this.idempotencyKey = idempotencyKey;
    this.link = link;
    this.status = NotificationStatus.PENDING;
    this.createdAt = at;
  }

  void markSent(Instant at) {
    status = NotificationStatus.SENT;
    sentAt = at;
    link = null;
  }

  public Long getId() {
    return id;
  }

  public long getPartnerId() {
    return partnerId;
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
}
