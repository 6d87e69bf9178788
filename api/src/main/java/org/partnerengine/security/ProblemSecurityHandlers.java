package org.partnerengine.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.partnerengine.web.ProblemTitles;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 401 and 403 as RFC 9457 problems, like every other error of the API. Scripted calls (the web
 * page) get their 401 without a challenge.
 */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final ObjectMapper json;
  private final String challenge;

  ProblemSecurityHandlers(ObjectMapper json, String challenge) {
    this.json = json;
    this.challenge = challenge;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof ThrottledLogin.TooManyAttempts tooMany) {
      tooManyAttempts(request, response, tooMany);
      return;
    }
    // The web page sends X-Requested-With: a challenge would make the browser pop up its own
    // login dialog over the page's login form.
    if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
      response.setHeader("WWW-Authenticate", challenge);
    }
    write(request, response, HttpStatus.UNAUTHORIZED, "Authentication required", "Log in to use this endpoint.");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    if (e instanceof CsrfException) {
      write(request, response, HttpStatus.FORBIDDEN, "Forbidden",
          "A request with the session cookie must send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header.");
      return;
    }
    write(request, response, HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this.");
  }

  /** 429 with Retry-After, for the Basic path here and the page's form login alike. */
  void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, ThrottledLogin.TooManyAttempts e)
      throws IOException {
    response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
    write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins",
        "This account or address failed to log in too often; try again in " + e.retryAfterSeconds() + " seconds.");
  }

  private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setInstance(URI.create(request.getRequestURI()));
    ProblemTitles.localize(problem, request);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
