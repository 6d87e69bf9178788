package org.partnerengine.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerengine.Requests.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@PartnerEngineTest
class IdempotentApplicationTest {

  @Autowired TestRestTemplate http;
  @Autowired Partners partners;

  @Test
  void aReplayedApplicationGetsTheFirstAnswerAndStartsNothingNew() {
    Map<String, Object> form = application();
    form.put("contactEmail", "replay@acme-cloud.de");
    long before = partners.count();

    ResponseEntity<String> first = send("apply-7f3a", form);
    ResponseEntity<String> replay = send("apply-7f3a", form);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(replay.getBody()).isEqualTo(first.getBody());
    assertThat(replay.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
    assertThat(partners.count()).isEqualTo(before + 1);
  }

  @Test
  void anotherBodyUnderAUsedKeyIs422AndStoresNothing() {
    send("apply-9c1e", application());
    long before = partners.count();
    Map<String, Object> other = application();
    other.put("companyName", "Someone Else Ltd");

    ResponseEntity<JsonNode> response =
        http.postForEntity("/api/applications", entity("apply-9c1e", other), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(partners.count()).isEqualTo(before);
  }

  private ResponseEntity<String> send(String key, Map<String, Object> form) {
    return http.postForEntity("/api/applications", entity(key, form), String.class);
  }

  private static HttpEntity<Object> entity(String key, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Idempotency-Key", key);
    return new HttpEntity<>(body, headers);
  }
}
