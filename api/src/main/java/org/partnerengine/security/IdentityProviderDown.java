package org.partnerengine.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.partnerengine.web.ProblemTitles;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In jwt mode the token decoder fetches the identity provider's configuration and keys at the
 * first token; while the provider cannot be reached, that fails outside Spring Security's
 * handlers and would be a 500. It is the provider being down, not a fault of the request: 503
 * with Retry-After, as for an engine that is down.
 */
final class IdentityProviderDown extends OncePerRequestFilter {

  private final ObjectMapper json;

  IdentityProviderDown(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (RuntimeException | ServletException e) {
      if (!causedByTheProvider(e) || response.isCommitted()) {
        throw e;
      }
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.SERVICE_UNAVAILABLE, "The identity provider cannot be reached to check the token. Try again shortly.");
      problem.setTitle("Identity provider unavailable");
      problem.setInstance(URI.create(request.getRequestURI()));
      ProblemTitles.localize(problem, request);
      response.reset();
      response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
      response.setHeader("Retry-After", "5");
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), problem);
    }
  }

  private static boolean causedByTheProvider(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JwtDecoderInitializationException) {
        return true;
      }
    }
    return false;
  }
}
