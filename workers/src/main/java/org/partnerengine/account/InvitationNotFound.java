package org.partnerengine.account;

/** No invitation was ever sent with this token, or a newer one replaced it. */
public class InvitationNotFound extends RuntimeException {
  public InvitationNotFound() {
    super("No invitation with this token");
  }
}
