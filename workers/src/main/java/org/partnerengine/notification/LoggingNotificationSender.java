package org.partnerengine.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default sender: logs which template would go to which partner, and no personal data. */
public class LoggingNotificationSender implements NotificationSender {

  private static final Logger log = LoggerFactory.getLogger(LoggingNotificationSender.class);

  @Override
  public void send(Notification notification) {
    log.info("Notification {} for partner {} ({})", notification.getTemplate(), notification.getPartnerId(), notification.getIdempotencyKey());
  }
}
