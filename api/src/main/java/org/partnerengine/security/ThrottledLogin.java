package org.partnerengine.security;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every password login (HTTP Basic and the page's form login alike) goes through here: a locked
 * account or address is refused before its password is checked, a wrong password is counted, a
 * right one clears the account's count.
 */
final class ThrottledLogin implements AuthenticationProvider {

  /** A login refused because the account or the address failed too often; answered 429. */
  static final class TooManyAttempts extends AuthenticationException {
    private final Duration retryAfter;

    TooManyAttempts(Duration retryAfter) {
      super("Too many failed logins; try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
      this.retryAfter = retryAfter;
    }

    long retryAfterSeconds() {
      return Math.max(1, retryAfter.toSeconds() + (retryAfter.toMillisPart() > 0 ? 1 : 0));
    }
  }

  private final AuthenticationProvider passwords;
  private final LoginThrottle throttle;

  ThrottledLogin(AuthenticationProvider passwords, LoginThrottle throttle) {
    this.passwords = passwords;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication login) throws AuthenticationException {
    String username = login.getName();
    String address = login.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "unknown";
    Optional<LoginThrottle.Locked> locked = throttle.check(username, address);
    if (locked.isPresent()) {
      throw new TooManyAttempts(locked.get().retryAfter());
    }
    try {
      Authentication authenticated = passwords.authenticate(login);
      throttle.succeeded(username);
      return authenticated;
    } catch (BadCredentialsException wrong) {
      // an unknown user is a BadCredentialsException too (hidden by the provider): counted alike
      throttle.failed(username, address);
      throw wrong;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return passwords.supports(authentication);
  }
}
