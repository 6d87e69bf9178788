package org.partnerengine.deals;

/**
 * Who reported a deal's outcome. The CRM's service client and a manager vouch for a win; a
 * partner's report of its own win waits for staff to confirm it.
 */
public enum OutcomeReporter {
  PARTNER,
  MANAGER,
  CRM;

  public boolean vouches() {
    return this != PARTNER;
  }
}
