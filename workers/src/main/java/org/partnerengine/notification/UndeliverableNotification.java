package org.partnerengine.notification;

/** A notification no retry could deliver (nobody to send it to): it is marked FAILED at once. */
public class UndeliverableNotification extends RuntimeException {
  public UndeliverableNotification(String message) {
    super(message);
  }
}
