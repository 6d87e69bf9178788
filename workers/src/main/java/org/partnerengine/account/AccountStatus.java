package org.partnerengine.account;

public enum AccountStatus {
  /** Provisioned; the invitation has not been accepted yet. */
  INVITED,
  ACTIVE,
  /** Access taken away (offboarding); the row stays for the history. */
  REVOKED
}
