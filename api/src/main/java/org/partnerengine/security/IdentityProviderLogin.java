package org.partnerengine.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web page's login in jwt mode: the identity provider's own login page, reached with the
 * OpenID Connect authorization code flow ({@value #AUTHORIZATION_BASE}/&lt;registration&gt;, back at
 * {@code /login/oauth2/code/<registration>}). The app is a confidential client and sends a PKCE
 * challenge as well, so a code caught on its way back is worthless without the verifier this
 * browser's session holds. The ID token (with the user info) grants roles, groups and the partner
 * binding as a bearer token does ({@link TokenAuthorities}); from then on the browser holds the same
 * HttpOnly session cookie and CSRF token as after the password login, and {@code POST /api/logout}
 * ends it. A partner that has left the programme cannot log in, and its open sessions end at their
 * next request, as its bearer tokens stop working.
 */
final class IdentityProviderLogin {

  static final String AUTHORIZATION_BASE = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI;
  /** Where a refused or broken login lands: the page's login view, which says so. */
  static final String FAILED = "/#/login?failed";

  private IdentityProviderLogin() {}

  static void configure(HttpSecurity http, ClientRegistrationRepository registrations, TokenAuthorities authorities)
      throws Exception {
    registrations(registrations).forEach(IdentityProviderLogin::requireOpenIdCodeFlow);
    DefaultOAuth2AuthorizationRequestResolver requests =
        new DefaultOAuth2AuthorizationRequestResolver(registrations, AUTHORIZATION_BASE);
    requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    http.oauth2Login(o -> o.loginPage("/")
            .clientRegistrationRepository(registrations)
            .authorizationEndpoint(a -> a.authorizationRequestResolver(requests))
            // The provider's tokens serve the login only: kept in the session, they end with it,
            // rather than in a map of every user in this instance's memory.
            .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
            .userInfoEndpoint(u -> u.oidcUserService(users(authorities)))
            .successHandler(new SimpleUrlAuthenticationSuccessHandler("/"))
            .failureHandler(new SimpleUrlAuthenticationFailureHandler(FAILED)))
        .addFilterBefore(new StillInProgramme(authorities), AnonymousAuthenticationFilter.class);
  }

  /** The registrations the page offers, each a "Log in" button. */
  static List<ClientRegistration> registrations(ClientRegistrationRepository repository) {
    List<ClientRegistration> all = new ArrayList<>();
    if (repository instanceof Iterable<?> registrations) {
      registrations.forEach(r -> all.add((ClientRegistration) r));
    }
    return all;
  }

  /**
   * ID tokens are checked as the OIDC client always checks them (signature, audience = this
   * client, nonce, times) and, where the API's bearer tokens have an issuer, for that same issuer:
   * a provider configured by its endpoints alone (as in docker-compose.yml, where the browser and
   * the app reach Keycloak at different addresses) would otherwise not be asked for one.
   */
  static JwtDecoderFactory<ClientRegistration> idTokenDecoders(String bearerTokenIssuer) {
    OidcIdTokenDecoderFactory decoders = new OidcIdTokenDecoderFactory();
    if (bearerTokenIssuer != null && !bearerTokenIssuer.isBlank()) {
      decoders.setJwtValidatorFactory(
          registration -> new DelegatingOAuth2TokenValidator<>(
              new JwtTimestampValidator(), new OidcIdTokenValidator(registration), new JwtIssuerValidator(bearerTokenIssuer)));
    }
    return decoders;
  }

  /** Without the openid scope there is no ID token, and so no roles: refused at start, not at the first login. */
  private static void requireOpenIdCodeFlow(ClientRegistration registration) {
    if (!registration.getScopes().contains(OidcScopes.OPENID)
        || !AuthorizationGrantType.AUTHORIZATION_CODE.equals(registration.getAuthorizationGrantType())) {
      throw new IllegalStateException(
          "The login registration '" + registration.getRegistrationId() + "' needs authorization-grant-type"
              + " authorization_code and the scope openid (spring.security.oauth2.client.registration."
              + registration.getRegistrationId() + ".scope=openid,profile)");
    }
  }

  private static OAuth2UserService<OidcUserRequest, OidcUser> users(TokenAuthorities authorities) {
    OidcUserService provider = new OidcUserService();
    return request -> {
      OidcUser user = provider.loadUser(request);
      try {
        TokenAuthorities.Granted granted = authorities.grant(user);
        return new DefaultOidcUser(granted.authorities(), user.getIdToken(), user.getUserInfo(), authorities.usernameClaim(user));
      } catch (DisabledException refused) {
        throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED), refused.getMessage(), refused);
      }
    };
  }

  /**
   * A session lives longer than a token: a partner user's session is checked at every request, and
   * ends (401 from then on) once its partner has left the programme.
   */
  private static final class StillInProgramme extends OncePerRequestFilter {

    private final TokenAuthorities authorities;

    StillInProgramme(TokenAuthorities authorities) {
      this.authorities = authorities;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      if (authentication instanceof OAuth2AuthenticationToken) {
        Long partnerId = Caller.of(authentication).partnerId();
        if (partnerId != null && !authorities.stillInProgramme(partnerId)) {
          HttpSession session = request.getSession(false);
          if (session != null) {
            session.invalidate();
          }
          SecurityContextHolder.clearContext();
        }
      }
      chain.doFilter(request, response);
    }
  }
}
