package org.partnerengine.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A partner's login to the portal: invited at onboarding, activated by the partner, revoked at
 * offboarding. Invitation and password-reset tokens are kept only as SHA-256 hashes; each is spent
 * once, and a new one replaces the one before.
 */
@Entity
public final class PortalAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long partnerId;
  private String username;

  @Enumerated(EnumType.STRING)
  private AccountStatus status;

  private String invitationTokenHash;
  private Instant invitationIssuedAt;
  private Instant invitationExpiresAt;
  private int invitationsSent;
  private String passwordHash;
  private Instant passwordChangedAt;
  private String resetTokenHash;
  private Instant resetExpiresAt;
  private Instant resetUsedAt;
  private int resetsSent;
  private Instant createdAt;
  private Instant activatedAt;
  private Instant revokedAt;

  @Version private long version;

  protected PortalAccount() {}

  PortalAccount(long partnerId, String username, Instant at) {
    this.partnerId = partnerId;
    this.username = username;
    this.status = AccountStatus.INVITED;
    this.createdAt = at;
  }

  /** A new invitation; the one before, if any, no longer works. */
  void invite(OneTimeToken token, Instant at, Duration validity) {
    if (status != AccountStatus.INVITED) {
      throw new AccountConflict("The invitation was accepted already or the account is revoked");
    }
    invitationTokenHash = token.hash();
    invitationIssuedAt = at;
    invitationExpiresAt = at.plus(validity);
    invitationsSent++;
  }

  /**
   * Accepts the invitation: the token is spent, the password set, the account usable. The spent
   * token's hash stays, so a second use is told it was used rather than that it never existed.
   */
  void activate(String newPasswordHash, Instant at) {
    if (status != AccountStatus.INVITED) {
      throw new InvitationNotValid("The invitation was already used or the account is revoked");
    }
    if (invitationExpiresAt == null || at.isAfter(invitationExpiresAt)) {
      throw new InvitationNotValid("The invitation has expired");
    }
    status = AccountStatus.ACTIVE;
    setPassword(newPasswordHash, at);
    activatedAt = at;
  }

  /** A new reset token for an active account; the one before, if any, no longer works. */
  void requestReset(OneTimeToken token, Instant at, Duration validity) {
    if (status != AccountStatus.ACTIVE) {
      throw new AccountConflict("Only an active account can reset its password");
    }
    resetTokenHash = token.hash();
    resetExpiresAt = at.plus(validity);
    resetUsedAt = null;
    resetsSent++;
  }

  void resetPassword(String newPasswordHash, Instant at) {
    if (status != AccountStatus.ACTIVE || resetUsedAt != null) {
      throw new PasswordResetNotValid("The password reset was already used or the account is revoked");
    }
    if (resetExpiresAt == null || at.isAfter(resetExpiresAt)) {
      throw new PasswordResetNotValid("The password reset has expired");
    }
    setPassword(newPasswordHash, at);
    resetUsedAt = at;
  }

  /** A logged-in partner's new password; a reset link still open stops working too. */
  void changePassword(String newPasswordHash, Instant at) {
    if (status != AccountStatus.ACTIVE) {
      throw new AccountConflict("The account is not active");
    }
    setPassword(newPasswordHash, at);
    resetTokenHash = null;
    resetExpiresAt = null;
  }

  void revoke(Instant at) {
    if (status != AccountStatus.REVOKED) {
      status = AccountStatus.REVOKED;
      resetTokenHash = null;
      resetExpiresAt = null;
      revokedAt = at;
    }
  }

  /** The invitation's state at {@code now}, for managers. */
  public InvitationStatus invitationStatus(Instant now) {
    return switch (status) {
      case ACTIVE -> InvitationStatus.ACCEPTED;
      case REVOKED -> InvitationStatus.REVOKED;
      case INVITED ->
          invitationTokenHash == null || invitationExpiresAt == null || now.isAfter(invitationExpiresAt)
              ? InvitationStatus.EXPIRED
              : InvitationStatus.PENDING;
    };
  }

  private void setPassword(String newPasswordHash, Instant at) {
    passwordHash = newPasswordHash;
    passwordChangedAt = at;
  }

  int getInvitationsSent() {
    return invitationsSent;
  }

  int getResetsSent() {
    return resetsSent;
  }

  public Long getId() {
    return id;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public String getUsername() {
    return username;
  }

  public AccountStatus getStatus() {
    return status;
  }

  public Instant getInvitationIssuedAt() {
    return invitationIssuedAt;
  }

  public Instant getInvitationExpiresAt() {
    return invitationExpiresAt;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getActivatedAt() {
    return activatedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
