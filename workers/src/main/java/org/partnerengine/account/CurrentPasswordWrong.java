package org.partnerengine.account;

/** A password change whose current password does not match. */
public class CurrentPasswordWrong extends RuntimeException {
  public CurrentPasswordWrong() {
    super("does not match the current password");
  }
}
