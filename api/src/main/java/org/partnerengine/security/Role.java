package org.partnerengine.security;

/** What a caller may do; granted as Spring Security roles ({@code ROLE_<name>}). */
public enum Role {
  PROCESS_DESIGNER,
  PARTNER_MANAGER,
  APPROVER,
  /** A partner's own portal user, bound to one partner. */
  PARTNER;

  public String authority() {
    return "ROLE_" + name();
  }
}
