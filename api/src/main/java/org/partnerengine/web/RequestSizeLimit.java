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
 * Refuses a JSON body larger than the limit with 413: by its Content-Length before anything reads
 * it, and a body without one (chunked) by the bytes actually read: the request's stream stops with
 * {@link BodyTooLarge} past the limit, which {@link ProblemResponses} answers with the same 413.
 * Multipart uploads have their own limits ({@code spring.servlet.multipart.*}).
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
            if (multipart) {
              chain.doFilter(request, response);
              return;
            }
            if (request.getContentLengthLong() > limit.toBytes()) {
              refuse(request, response);
              return;
            }
            try {
              chain.doFilter(new LimitedBodyRequest(request, limit.toBytes()), response);
            } catch (BodyTooLarge tooLarge) {
              // Read outside Spring MVC (a filter parsing form parameters): answer here.
              if (!response.isCommitted()) {
                response.resetBuffer();
                refuse(request, response);
              }
            }
          }

          private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            ProblemDetail problem = tooLarge(limit.toBytes());
            ProblemTitles.localize(problem, request);
            json.writeValue(response.getOutputStream(), problem);
          }
        };
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  static ProblemDetail tooLarge(long limitBytes) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.PAYLOAD_TOO_LARGE, "The request body is larger than " + limitBytes / 1024 + " KB");
    problem.setTitle("Request too large");
    return problem;
  }
}
