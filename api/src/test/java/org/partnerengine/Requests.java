package org.partnerengine;

import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Request bodies the tests send, as a client would write them. */
public final class Requests {

  private Requests() {}

  /** A valid "become a partner" form, mutable so a test can break one field. */
  public static Map<String, Object> application() {
    return new HashMap<>(
        Map.of(
            "companyName", "Acme Cloud GmbH",
            "partnerType", "SYSTEM_INTEGRATOR",
            "country", "DE",
            "website", "https://www.acme-cloud.de",
            "contactName", "Ada Lovelace",
            "contactEmail", "ada@acme-cloud.de",
            "annualRevenue", 2_500_000,
            "employees", 40));
  }

  public static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
