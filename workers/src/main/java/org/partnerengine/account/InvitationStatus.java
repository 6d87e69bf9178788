package org.partnerengine.account;

/** Where a partner's invitation stands, as managers see it (they never see the token). */
public enum InvitationStatus {
  /** Sent and still valid. */
  PENDING,
  /** Past its expiry, or withdrawn: a manager sends a new one. */
  EXPIRED,
  ACCEPTED,
  /** The account was revoked at offboarding. */
  REVOKED
}
