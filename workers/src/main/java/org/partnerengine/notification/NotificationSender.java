package org.partnerengine.notification;

/**
 * Delivers one notification (mail, chat, a CRM call). The mail sender takes over when
 * {@code spring.mail.host} is set; provide a bean of this type to replace either. A failure throws:
 * the notification stays pending and is tried again later ({@link UndeliverableNotification}: not
 * again).
 */
public interface NotificationSender {

  /**
   * @return the language it was delivered in (a tag such as {@code de}), or null
   */
  String send(Notification notification);
}
