package org.partnerengine.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PortalAccounts extends JpaRepository<PortalAccount, Long> {

  // JPQL, not derived: Hibernate keeps the translation of a query string; a derived query is
  // translated again on every call, and this one runs for every lifecycle.
  @Query("select a from PortalAccount a where a.partnerId = :partnerId")
  Optional<PortalAccount> findByPartnerId(@Param("partnerId") long partnerId);

  /** Looked up on every HTTP Basic request. */
  @Query("select a from PortalAccount a where a.username = :username")
  Optional<PortalAccount> findByUsername(@Param("username") String username);

  @Query("select a from PortalAccount a where a.invitationTokenHash = :hash")
  Optional<PortalAccount> findByInvitationTokenHash(@Param("hash") String hash);

  @Query("select a from PortalAccount a where a.resetTokenHash = :hash")
  Optional<PortalAccount> findByResetTokenHash(@Param("hash") String hash);
}
