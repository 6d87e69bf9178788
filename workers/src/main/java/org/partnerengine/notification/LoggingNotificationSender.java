package org.partnerengine.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default sender until mail is set up: logs which template would go to which partner, and no
 * personal data. On a developer's machine it is the way to an invitation or reset link, so it logs
 * the link too; a real sender replaces it wherever partners get mail.
 */
public class LoggingNotificationSender implements NotificationSender {

  private static final Logger log = LoggerFactory.getLogger(LoggingNotificationSender.class);

  @Override
  public String send(Notification notification) {
    if (notification.getLink() == null) {
      log.info("Notification {} for partner {} ({})", notification.getTemplate(), notification.getPartnerId(), notification.getIdempotencyKey());
    } else {
      log.info(
          "Notification {} for partner {} ({}) with link {}",
          notification.getTemplate(), notification.getPartnerId(), notification.getIdempotencyKey(), notification.getLink());
    }
    return null;
  }
}
