package org.partnerengine.account;

/** The password reset token is used or expired. */
public class PasswordResetNotValid extends RuntimeException {
  public PasswordResetNotValid(String message) {
    super(message);
  }
}
