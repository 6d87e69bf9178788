package org.partnerengine.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.partnerengine.web.ProblemTitles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public "become a partner" form takes at most {@code per-minute} applications a minute from
 * one client address (429 with Retry-After beyond that, nothing stored): nobody can fill the
 * programme, the approvers' inboxes and the engine with generated applications. Counted in
 * memory per app instance, in whole minutes. The address is the connection's (a proxy in front
 * needs {@code server.forward-headers-strategy}, or every applicant shares the proxy's address).
 */
@Configuration(proxyBeanMethods = false)
class ApplicationRateLimit {

  private static final int MAX_ADDRESSES = 100_000;

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> applicationRateLimitFilter(
      @Value("${partner-engine.applications.rate-limit.per-minute:20}") int perMinute,
      ObjectProvider<Clock> clocks,
      ObjectMapper json) {
    Clock clock = clocks.getIfAvailable(Clock::systemUTC);
    Map<String, int[]> counts = new ConcurrentHashMap<>();
    long[] currentMinute = {Long.MIN_VALUE};
    OncePerRequestFilter filter =
        new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            if (!"POST".equals(request.getMethod())) {
              chain.doFilter(request, response);
              return;
            }
            long millis = clock.millis();
            long minute = millis / 60_000;
            synchronized (currentMinute) {
              if (currentMinute[0] != minute || counts.size() >= MAX_ADDRESSES) {
                counts.clear();
                currentMinute[0] = minute;
              }
            }
            int[] count = counts.computeIfAbsent(request.getRemoteAddr(), a -> new int[1]);
            boolean allowed;
            synchronized (count) {
              allowed = ++count[0] <= perMinute;
            }
            if (allowed) {
              chain.doFilter(request, response);
              return;
            }
            long retryAfter = Math.max(1, ((minute + 1) * 60_000 - millis + 999) / 1000);
            ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "At most " + perMinute + " applications a minute are taken from one address; try again in " + retryAfter + " seconds.");
            problem.setTitle("Too many applications");
            problem.setInstance(URI.create(request.getRequestURI()));
            ProblemTitles.localize(problem, request);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", Long.toString(retryAfter));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
          }
        };
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns("/api/applications");
    return registration;
  }
}
