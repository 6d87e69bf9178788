package org.partnerengine.security;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is logged in: the web page checks a login with it and picks the views for the caller's
 * roles (and, for a partner user, its own partner).
 */
@RestController
class MeController {

  record Me(String username, List<Role> roles, List<String> groups, Long partnerId) {
    static Me of(Authentication authentication) {
      Caller caller = Caller.of(authentication);
      return new Me(caller.username(), caller.roles().stream().sorted().toList(), caller.groups().stream().sorted().toList(), caller.partnerId());
    }
  }

  @GetMapping("/api/me")
  Me me(Authentication authentication) {
    return Me.of(authentication);
  }
}
