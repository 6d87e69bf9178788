package org.partnerengine.account;

/** The account's state does not allow this (a new invitation for an account already accepted). */
public class AccountConflict extends RuntimeException {
  public AccountConflict(String message) {
    super(message);
  }
}
