package org.partnerengine.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import org.partnerengine.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partner accepts its portal invitation by choosing a password; from then on it logs in with
 * its contact email and that password. No login needed: the token from the invitation mail is the
 * proof. A manager may send a new invitation, which replaces the one before; a manager never sees
 * a token.
 */
@RestController
class InvitationController {

  /** Wider than a token ({@code OneTimeToken}): anything of this shape is looked up, and unknown is 404. */
  static final String TOKEN_TEXT = "[A-Za-z0-9_-]{1,64}";

  private final AccountService accounts;
  private final PasswordEncoder encoder;
  private final Clock clock;

  InvitationController(AccountService accounts, PasswordEncoder encoder, Clock clock) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.clock = clock;
  }

  record Acceptance(
      @NotNull
          @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH)
          @Pattern(regexp = PasswordRules.LETTER_AND_DIGIT, message = PasswordRules.LETTER_AND_DIGIT_MESSAGE)
          String password) {}

  record Activated(String username, long partnerId, AccountStatus status) {}

  /** The invitation as a manager sees it: never the token. */
  record Invitation(InvitationStatus status, Instant issuedAt, Instant expiresAt) {}

  @PostMapping("/api/invitations/{token}")
  Activated accept(@PathVariable @Pattern(regexp = TOKEN_TEXT) String token, @Valid @RequestBody Acceptance acceptance) {
    PortalAccount account = accounts.acceptInvitation(token, encoder::encode, acceptance.password());
    return new Activated(account.getUsername(), account.getPartnerId(), account.getStatus());
  }

  /** Mails the partner a new invitation; the previous token stops working. 409 once accepted or revoked. */
  @PostMapping("/api/partners/{id}/invitation")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Invitation reissue(@PathVariable long id, Authentication authentication) {
    PortalAccount account = accounts.reissueInvitation(id, Caller.of(authentication).username());
    return new Invitation(account.invitationStatus(clock.instant()), account.getInvitationIssuedAt(), account.getInvitationExpiresAt());
  }
}
