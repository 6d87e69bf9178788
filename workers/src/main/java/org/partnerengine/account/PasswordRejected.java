package org.partnerengine.account;

/** A new password that breaks the rules; the message says which, for the field {@code password}. */
public class PasswordRejected extends RuntimeException {
  public PasswordRejected(String message) {
    super(message);
  }
}
