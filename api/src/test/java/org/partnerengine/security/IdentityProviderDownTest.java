package org.partnerengine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;

class IdentityProviderDownTest {

  private final IdentityProviderDown filter = new IdentityProviderDown(new ObjectMapper());

  @Test
  void aTokenThatCannotBeCheckedBecauseTheProviderIsDownIs503WithRetryAfter() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(
        new MockHttpServletRequest("GET", "/api/partners"),
        response,
        (request, ignored) -> {
          throw new JwtDecoderInitializationException(
              "Failed to lazily resolve the supplied JwtDecoder instance",
              new IllegalArgumentException("Unable to resolve the Configuration with the provided Issuer"));
        });

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    assertThat(response.getContentAsString()).contains("Identity provider unavailable");
  }

  @Test
  void anyOtherFailureIsLeftAlone() {
    assertThatThrownBy(
            () ->
                filter.doFilter(
                    new MockHttpServletRequest("GET", "/api/partners"),
                    new MockHttpServletResponse(),
                    (request, response) -> {
                      throw new IllegalStateException("a bug");
                    }))
        .isInstanceOf(IllegalStateException.class);
  }
}
