package org.partnerengine.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a JSON body larger than the limit with 413 before anything reads it. Multipart uploads
 * have their own limits ({@code spring.servlet.multipart.*}).
 */
@Configuration(proxyBeanMethods = false)
public class RequestSizeLimit {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> requestSizeLimitFilter(
      @Value("${partner-engine.api.max-json-body:256KB}") DataSize limit, ObjectMapper json) {
    OncePerRequestFilter filter =
        new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            String type = request.getContentType();
            boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
            if (!multipart && request.getContentLengthLong() > limit.toBytes()) {
              ProblemDetail problem =
                  ProblemDetail.forStatusAndDetail(
                      HttpStatus.PAYLOAD_TOO_LARGE, "The request body is larger than " + limit.toKilobytes() + " KB");
              problem.setTitle("Request too large");
              response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
              response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
              json.writeValue(response.getOutputStream(), problem);
              return;
            }
            chain.doFilter(request, response);
          }
        };
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
