package org.partnerengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A problem's title follows the request's Accept-Language; English without one; the detail stays as written. */
@PartnerEngineTest
class ProblemTitlesTest {

  private static final String NO_SUCH_PARTNER = "/api/partners/987654321";

  @Autowired TestRestTemplate http;

  @Test
  void aProblemTitleIsGermanWhenTheCallerAsksForGerman() {
    ResponseEntity<JsonNode> german = get(manager(), NO_SUCH_PARTNER, "de-DE,de;q=0.9");
    ResponseEntity<JsonNode> english = get(manager(), NO_SUCH_PARTNER, null);

    assertThat(german.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(german.getBody().path("title").asText()).isEqualTo("Partner nicht gefunden");
    assertThat(english.getBody().path("title").asText()).isEqualTo("Partner not found");
    assertThat(german.getBody().path("detail").asText()).isEqualTo(english.getBody().path("detail").asText());
  }

  @Test
  void theFirstAcceptedLanguageWithABundleWins() {
    assertThat(get(manager(), NO_SUCH_PARTNER, "fr-FR, de;q=0.8").getBody().path("title").asText()).isEqualTo("Partner nicht gefunden");
    assertThat(get(manager(), NO_SUCH_PARTNER, "en-GB, de;q=0.8").getBody().path("title").asText()).isEqualTo("Partner not found");
    assertThat(get(manager(), NO_SUCH_PARTNER, "fr-FR").getBody().path("title").asText()).isEqualTo("Partner not found");
  }

  @Test
  void invalidInputAndMissingLoginAnswerInGermanToo() {
    ResponseEntity<JsonNode> invalid = get(manager(), "/api/partners?size=many", "de");
    ResponseEntity<JsonNode> anonymous = get(http, "/api/partners", "de");

    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getBody().path("title").asText()).isEqualTo("Ungültige Anfrage");
    assertThat(invalid.getBody().path("errors").get(0).path("field").asText()).isEqualTo("size");
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getBody().path("title").asText()).isEqualTo("Anmeldung erforderlich");
    assertThat(get(http, "/api/partners", null).getBody().path("title").asText()).isEqualTo("Authentication required");
  }

  private TestRestTemplate manager() {
    return http.withBasicAuth("manager", "manager");
  }

  private static ResponseEntity<JsonNode> get(TestRestTemplate client, String path, String acceptLanguage) {
    HttpHeaders headers = new HttpHeaders();
    if (acceptLanguage != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    }
    return client.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
  }
}
