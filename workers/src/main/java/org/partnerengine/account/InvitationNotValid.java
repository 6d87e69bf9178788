package org.partnerengine.account;

/** The invitation token is unknown, used, expired or revoked. */
public class InvitationNotValid extends RuntimeException {
  public InvitationNotValid(String message) {
    super(message);
  }
}
