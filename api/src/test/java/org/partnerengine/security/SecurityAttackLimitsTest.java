package org.partnerengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Abuse limits: a body too large is refused by the bytes read, not only by what the client
 * announces.
 */
@PartnerEngineTest
class SecurityAttackLimitsTest {

  @LocalServerPort int port;
  @Autowired Partners partners;
  @Autowired ObjectMapper json;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void aChunkedBodyOfOneMegabyteIsRefusedWith413AndNothingIsStored() throws Exception {
    long before = partners.count();
    // A valid application start whose company name runs on for a megabyte; the publisher has no
    // length, so the client sends it chunked without Content-Length.
    byte[] head = "{\"partnerType\":\"SYSTEM_INTEGRATOR\",\"country\":\"DE\",\"contactName\":\"Ada\",\"contactEmail\":\"ada@example.com\",\"companyName\":\"".getBytes(StandardCharsets.UTF_8);
    byte[] filler = "A".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/applications"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new SequenceInputStream(
                    new SequenceInputStream(new ByteArrayInputStream(head), new ByteArrayInputStream(filler)),
                    new ByteArrayInputStream(tail))))
            .build();

    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(413);
    assertThat(problem.path("title").asText()).isEqualTo("Request too large");
    assertThat(partners.count()).isEqualTo(before);
  }
}
