package org.partnerengine.security;

/** What a caller may do; granted as Spring Security roles ({@code ROLE_<name>}). */
public enum Role {
  PROCESS_DESIGNER,
  PARTNER_MANAGER,
  APPROVER,
  /** A partner's own portal user, bound to one partner. */
  PARTNER,
  /** The training platform's service client: reports course completions and exam results of any partner. */
  TRAINING_PLATFORM,
  /** The CRM's service client: reports deal outcomes of any partner, which count without a staff check. */
  CRM;

  public String authority() {
    return "ROLE_" + name();
  }
}
