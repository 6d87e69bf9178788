package org.partnerengine.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The page sessions each user has open. A changed or reset password ends the others: whoever
 * logged in with the old password (a shared computer, a thief) is logged out at their next
 * request (401), while the browser that changed it stays logged in.
 */
public class LoggedInSessions {

  private final SessionRegistry registry;

  LoggedInSessions(SessionRegistry registry) {
    this.registry = registry;
  }

  /** Ends every session of {@code username} but {@code keepSessionId} (null: ends them all). */
  public void endAllBut(String username, String keepSessionId) {
    for (Object principal : registry.getAllPrincipals()) {
      if (username.equalsIgnoreCase(name(principal))) {
        for (SessionInformation session : registry.getAllSessions(principal, false)) {
          if (!session.getSessionId().equals(keepSessionId)) {
            session.expireNow();
          }
        }
      }
    }
  }

  private static String name(Object principal) {
    return principal instanceof UserDetails user ? user.getUsername() : String.valueOf(principal);
  }
}
