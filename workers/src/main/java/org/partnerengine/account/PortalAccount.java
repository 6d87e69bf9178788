package org.partnerengine.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A partner's login to the portal: invited at onboarding, activated by the partner, revoked at offboarding. */
@Entity
public class PortalAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long partnerId;
  private String username;

  @Enumerated(EnumType.STRING)
  private AccountStatus status;

  private String invitationToken;
  private Instant invitationExpiresAt;
  private String passwordHash;
  private Instant createdAt;
  private Instant activatedAt;
  private Instant revokedAt;

  @Version private long version;

  protected PortalAccount() {}

  PortalAccount(long partnerId, String username, String invitationToken, Instant expiresAt, Instant at) {
    this.partnerId = partnerId;
    this.username = username;
    this.status = AccountStatus.INVITED;
    this.invitationToken = invitationToken;
    this.invitationExpiresAt = expiresAt;
    this.createdAt = at;
  }

  /** Accepts the invitation: the token is spent, the password set, the account usable. */
  void activate(String newPasswordHash, Instant at) {
    if (status != AccountStatus.INVITED) {
      throw new InvitationNotValid("The invitation was already used or the account is revoked");
    }
    if (invitationExpiresAt != null && at.isAfter(invitationExpiresAt)) {
      throw new InvitationNotValid("The invitation has expired");
    }
    status = AccountStatus.ACTIVE;
    passwordHash = newPasswordHash;
    invitationToken = null;
    activatedAt = at;
  }

  void revoke(Instant at) {
    if (status != AccountStatus.REVOKED) {
      status = AccountStatus.REVOKED;
      invitationToken = null;
      revokedAt = at;
    }
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

  public String getInvitationToken() {
    return invitationToken;
  }

  public Instant getInvitationExpiresAt() {
    return invitationExpiresAt;
  }

  public String getPasswordHash() {
    return passwordHash;
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
