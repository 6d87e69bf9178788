package org.partnerengine.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.partnerengine.web.NotFound;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partner accepts its portal invitation by choosing a password; from then on it logs in with
 * its contact email and that password. No login needed: the token is the proof.
 */
@RestController
@RequestMapping("/api/invitations")
class InvitationController {

  private final AccountService accounts;
  private final PortalAccounts portalAccounts;
  private final PasswordEncoder encoder;

  InvitationController(AccountService accounts, PortalAccounts portalAccounts, PasswordEncoder encoder) {
    this.accounts = accounts;
    this.portalAccounts = portalAccounts;
    this.encoder = encoder;
  }

  /** At least 12 characters with a letter and a digit; at most 72 bytes, as BCrypt reads no more. */
  record Acceptance(
      @NotNull
          @Size(min = 12, max = 72)
          @Pattern(regexp = "(?=.*\\p{L})(?=.*\\p{N}).*", message = "must contain a letter and a digit")
          String password) {}

  record Activated(String username, long partnerId, AccountStatus status) {}

  @PostMapping("/{token}")
  Activated accept(@PathVariable @Pattern(regexp = "[0-9a-f]{1,64}") String token, @Valid @RequestBody Acceptance acceptance) {
    if (portalAccounts.findByInvitationToken(token).isEmpty()) {
      throw new NotFound("Invitation not found", "No open invitation with this token");
    }
    PortalAccount account = accounts.acceptInvitation(token, encoder::encode, acceptance.password());
    return new Activated(account.getUsername(), account.getPartnerId(), account.getStatus());
  }
}
