package org.partnerengine.account;

import java.util.Optional;
import org.partnerengine.notification.AccountAddresses;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Invitations and resets go to the account's login, the address the partner uses with us. */
@Component
class PortalAccountAddresses implements AccountAddresses {

  private final PortalAccounts accounts;

  PortalAccountAddresses(PortalAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> loginOf(long partnerId) {
    return accounts.findByPartnerId(partnerId).map(PortalAccount::getUsername);
  }
}
