package org.partnerengine.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PortalAccounts extends JpaRepository<PortalAccount, Long> {

  Optional<PortalAccount> findByPartnerId(long partnerId);

  Optional<PortalAccount> findByUsername(String username);

  Optional<PortalAccount> findByInvitationToken(String invitationToken);
}
