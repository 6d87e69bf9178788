package org.partnerengine.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What a browser may do with the page and the API's answers. Scripts come only from this origin
 * (the page has no inline script or handler); nothing frames the page and the page frames nothing,
 * so a form cannot show an outside page inside a task. Styles may be inline because bpmn-js and
 * form-js write style elements and attributes; fonts and images may be data: URLs (bpmn-js's icon
 * font, the empty favicon). Spring Security adds nosniff, DENY framing and no-store caching.
 */
final class BrowserHeaders {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
          + "font-src 'self' data:; connect-src 'self'; frame-src 'none'; frame-ancestors 'none'; "
          + "object-src 'none'; base-uri 'none'; form-action 'self'";

  private BrowserHeaders() {}

  static void configure(HttpSecurity http) throws Exception {
    http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
  }
}
