package org.partnerengine.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Provisions, activates and revokes partners' portal accounts. Provisioning is idempotent: one
 * account per partner, ever, guarded by a unique key on the partner.
 */
@Service
public class AccountService {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final PortalAccounts accounts;
  private final Clock clock;
  private final Duration invitationValidity;

  public AccountService(
      PortalAccounts accounts,
      Clock clock,
      @Value("${partner-engine.accounts.invitation-validity:P30D}") Duration invitationValidity) {
    this.accounts = accounts;
    this.clock = clock;
    this.invitationValidity = invitationValidity;
  }

  /** The partner's account, created with a fresh invitation the first time only. */
  @Transactional
  public PortalAccount provision(long partnerId, String username) {
    return accounts
        .findByPartnerId(partnerId)
        .orElseGet(
            () ->
                accounts.saveAndFlush(
                    new PortalAccount(
                        partnerId,
                        username,
                        newToken(),
                        clock.instant().plus(invitationValidity),
                        clock.instant())));
  }

  /**
   * Accepts an invitation with the partner's chosen password.
   *
   * @param hashPassword hashes the raw password (the web layer owns the encoder)
   */
  @Transactional
  public PortalAccount acceptInvitation(String token, UnaryOperator<String> hashPassword, String rawPassword) {
    PortalAccount account =
        accounts.findByInvitationToken(token).orElseThrow(() -> new InvitationNotValid("Unknown invitation"));
    account.activate(hashPassword.apply(rawPassword), clock.instant());
    return account;
  }

  @Transactional
  public void revoke(long partnerId) {
    accounts.findByPartnerId(partnerId).ifPresent(account -> account.revoke(clock.instant()));
  }

  @Transactional(readOnly = true)
  public Optional<PortalAccount> forPartner(long partnerId) {
    return accounts.findByPartnerId(partnerId);
  }

  private static String newToken() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
