package org.partnerengine.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
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
    return enqueue(partnerId, template, idempotencyKey, null, Map.of());
  }

  /**
   * A notification carrying a one-time link (an invitation, a password reset).
   *
   * @return false when a notification with this key was enqueued before
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean enqueue(long partnerId, String template, String idempotencyKey, String link) {
    return enqueue(partnerId, template, idempotencyKey, link, Map.of());
  }

  /**
   * A notification with values for its template (a certificate's number and expiry). Only facts
   * that are not the partner's personal data: names and addresses are looked up when it is sent.
   *
   * @return false when a notification with this key was enqueued before
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean enqueue(long partnerId, String template, String idempotencyKey, Map<String, String> params) {
    return enqueue(partnerId, template, idempotencyKey, null, params);
  }

  private boolean enqueue(long partnerId, String template, String idempotencyKey, String link, Map<String, String> params) {
    if (notifications.existsByIdempotencyKey(idempotencyKey)) {
      return false;
    }
    notifications.save(new Notification(partnerId, null, template, idempotencyKey, link, json(params), clock.instant()));
    return true;
  }

  /**
   * A notification to a staff group about no one partner (a digest); it goes to the group's
   * configured address.
   *
   * @return false when a notification with this key was enqueued before
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean enqueueForGroup(String group, String template, String idempotencyKey, Map<String, String> params) {
    if (notifications.existsByIdempotencyKey(idempotencyKey)) {
      return false;
    }
    notifications.save(new Notification(null, group, template, idempotencyKey, null, json(params), clock.instant()));
    return true;
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String json(Map<String, String> params) {
    if (params.isEmpty()) {
      return null;
    }
    try {
      return JSON.writeValueAsString(new TreeMap<>(params));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Notification values not writable", e);
    }
  }
}
