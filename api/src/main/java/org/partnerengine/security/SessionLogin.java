package org.partnerengine.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.partnerengine.web.ProblemTitles;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web page's login: a form POST to {@value #LOGIN} checked by the same authentication manager
 * as HTTP Basic, answered with the caller (no redirect), and an HttpOnly session cookie from then
 * on; {@value #LOGOUT} ends the session.
 *
 * <p>A browser sends the session cookie by itself, so every unsafe request that comes with one, and
 * the login and logout themselves, must echo the XSRF-TOKEN cookie in the X-XSRF-TOKEN header: a
 * page of another site can make the browser send the cookie but cannot read it. Scripts that send
 * their own credentials (HTTP Basic, a bearer token) and no session cookie are not asked for it; nor
 * is a request without any credentials, which the authorization rules answer (401, or the public
 * application and invitation endpoints).
 */
final class SessionLogin {

  static final String LOGIN = "/api/login";
  static final String LOGOUT = "/api/logout";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private SessionLogin() {}

  static void configure(HttpSecurity http, ObjectMapper json, boolean passwords, SessionRegistry sessions) throws Exception {
    CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
    tokens.setCookieCustomizer(c -> c.sameSite("Lax"));
    // The header carries the cookie's value as it is; the masked (BREACH) form is for tokens
    // written into pages, which this one never is.
    CsrfTokenRequestAttributeHandler plain = new CsrfTokenRequestAttributeHandler();
    http.csrf(c -> c.csrfTokenRepository(tokens).csrfTokenRequestHandler(plain).requireCsrfProtectionMatcher(SessionLogin::needsToken))
        .addFilterAfter(new TokenCookie(), BasicAuthenticationFilter.class)
        // A 401 must not store the request in a new session to replay after a login.
        .requestCache(r -> r.requestCache(new NullRequestCache()));
    if (passwords) {
      // Sessions are registered per user, so a changed password can end the others (LoggedInSessions).
      http.sessionManagement(m -> m.maximumSessions(-1).sessionRegistry(sessions).expiredSessionStrategy(ended(json)));
      http.formLogin(f -> f.loginPage("/")
          .loginProcessingUrl(LOGIN)
          .successHandler(loggedIn(json))
          .failureHandler(refused(json))
          .permitAll());
    }
    http.logout(l -> l.logoutUrl(LOGOUT)
            .deleteCookies("JSESSIONID")
            .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)));
  }

  static boolean needsToken(HttpServletRequest request) {
    if (SAFE_METHODS.contains(request.getMethod())) return false;
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return request.getRequestedSessionId() != null || path.equals(LOGIN) || path.equals(LOGOUT);
  }

  /** The caller as GET /api/me tells it, and the new CSRF token the login issued, as a cookie. */
  private static AuthenticationSuccessHandler loggedIn(ObjectMapper json) {
    return (request, response, authentication) -> {
      issueToken(request);
      response.setStatus(HttpStatus.OK.value());
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      json.writeValue(response.getOutputStream(), MeController.Me.of(authentication));
    };
  }

  /** A session ended by a password change elsewhere: logged out, as after its timeout. */
  private static SessionInformationExpiredStrategy ended(ObjectMapper json) {
    return event -> {
      HttpServletResponse response = event.getResponse();
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "The password was changed; log in again.");
      problem.setTitle("Session ended");
      problem.setInstance(URI.create(event.getRequest().getRequestURI()));
      ProblemTitles.localize(problem, event.getRequest());
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), problem);
    };
  }

  /** One answer for a wrong password and an unknown user alike. */
  private static AuthenticationFailureHandler refused(ObjectMapper json) {
    return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
      if (e instanceof ThrottledLogin.TooManyAttempts tooMany) {
        new ProblemSecurityHandlers(json, "").tooManyAttempts(request, response, tooMany);
        return;
      }
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Wrong user or password.");
      problem.setTitle("Login failed");
      problem.setInstance(URI.create(request.getRequestURI()));
      ProblemTitles.localize(problem, request);
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), problem);
    };
  }

  private static void issueToken(HttpServletRequest request) {
    if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
      token.getToken();
    }
  }

  /**
   * Spring issues the token cookie only when something reads the token; the page reads the cookie,
   * so every browser request without one gets it. Scripts with an Authorization header need none.
   */
  private static final class TokenCookie extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (request.getHeader("Authorization") == null) issueToken(request);
      chain.doFilter(request, response);
    }
  }
}
