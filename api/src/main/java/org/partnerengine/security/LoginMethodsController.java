package org.partnerengine.security;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How a person logs in here, for the web page to show the right login before anyone is logged in:
 * the password form on the embedded default, a "Log in" button per identity provider in jwt mode.
 */
@RestController
class LoginMethodsController {

  static final String PATH = "/api/login-methods";

  /**
   * @param password whether {@code POST /api/login} takes a user and password
   * @param providers the identity providers to log in with, each at its {@code url}
   */
  record LoginMethods(boolean password, List<Provider> providers) {}

  record Provider(String id, String name, String url) {}

  private final LoginMethods methods;

  LoginMethodsController(SecuritySettings settings, ObjectProvider<ClientRegistrationRepository> registrations) {
    boolean jwt = settings.mode() == SecuritySettings.Mode.JWT;
    ClientRegistrationRepository repository = registrations.getIfAvailable();
    List<Provider> providers =
        !jwt || repository == null
            ? List.of()
            : IdentityProviderLogin.registrations(repository).stream()
                .map(r -> new Provider(r.getRegistrationId(), r.getClientName(),
                    IdentityProviderLogin.AUTHORIZATION_BASE + "/" + r.getRegistrationId()))
                .toList();
    this.methods = new LoginMethods(!jwt, providers);
  }

  @GetMapping(PATH)
  LoginMethods loginMethods() {
    return methods;
  }
}
