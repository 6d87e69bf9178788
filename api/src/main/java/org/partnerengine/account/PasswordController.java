package org.partnerengine.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.partnerengine.security.Caller;
import org.partnerengine.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.partnerengine.security.LoggedInSessions;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partner user's password: changed when logged in (with the current one), or reset through a
 * link mailed to the account's email. Asking for a reset answers 202 whatever the email, so it
 * tells nobody which emails have accounts.
 */
@RestController
class PasswordController {

  private final AccountService accounts;
  private final PasswordEncoder encoder;
  private final LoggedInSessions sessions;

  PasswordController(AccountService accounts, PasswordEncoder encoder, LoggedInSessions sessions) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.sessions = sessions;
  }

  record PasswordChange(
      @NotNull @Size(max = 200) String currentPassword,
      @NotNull
          @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH)
          @Pattern(regexp = PasswordRules.LETTER_AND_DIGIT, message = PasswordRules.LETTER_AND_DIGIT_MESSAGE)
          String newPassword) {}

  /** Any well-formed email is accepted alike, with or without an account behind it. */
  record ResetRequest(@NotBlank @Email @Size(max = 254) String email) {}

  record NewPassword(
      @NotNull
          @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH)
          @Pattern(regexp = PasswordRules.LETTER_AND_DIGIT, message = PasswordRules.LETTER_AND_DIGIT_MESSAGE)
          String password) {}

  /** The old password stops working at once. */
  @PostMapping("/api/me/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void change(@Valid @RequestBody PasswordChange change, Authentication authentication, HttpServletRequest request) {
    String username = Caller.of(authentication).username();
    try {
      accounts.changePassword(username, change.currentPassword(), change.newPassword(), encoder::matches, encoder::encode);
    } catch (PasswordRejected e) {
      throw ProblemResponses.invalidField("newPassword", e.getMessage());
    }
    HttpSession current = request.getSession(false);
    sessions.endAllBut(username, current == null ? null : current.getId());
  }

  @PostMapping("/api/password-resets")
  @ResponseStatus(HttpStatus.ACCEPTED)
  void requestReset(@Valid @RequestBody ResetRequest request) {
    accounts.requestPasswordReset(request.email().strip());
  }

  /** Sets the password with the token from the reset mail: once, within its validity. */
  @PostMapping("/api/password-resets/{token}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void reset(@PathVariable @Pattern(regexp = InvitationController.TOKEN_TEXT) String token, @Valid @RequestBody NewPassword body) {
    PortalAccount account = accounts.resetPassword(token, encoder::encode, body.password());
    sessions.endAllBut(account.getUsername(), null);
  }
}
