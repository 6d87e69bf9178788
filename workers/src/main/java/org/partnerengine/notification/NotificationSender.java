package org.partnerengine.notification;

/**
 * Delivers one notification (mail, chat, a CRM call). Provide a bean of this type to replace the
 * default, which only logs. A failure throws: the notification stays pending and is tried again.
 */
public interface NotificationSender {
  void send(Notification notification);
}
