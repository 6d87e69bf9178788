package org.partnerengine;

import org.partnerengine.account.AccountService;
import org.partnerengine.account.PortalAccount;
import org.springframework.dao.DataIntegrityViolationException;

/** Portal accounts for tests that need one before onboarding would get round to it. */
public final class PortalUsers {

  private PortalUsers() {}

  /**
   * The partner's portal account. Onboarding provisions it as soon as the agreement is generated,
   * so for an approved partner the process and the test may create it at the same moment: the one
   * that loses the race finds the other's account, as a redelivered provisioning job would.
   */
  public static PortalAccount provision(AccountService accounts, long partnerId, String email) {
    try {
      return accounts.provision(partnerId, email);
    } catch (DataIntegrityViolationException raceWithOnboarding) {
      return accounts.forPartner(partnerId).orElseThrow(() -> raceWithOnboarding);
    }
  }
}
