package org.partnerengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

@PartnerEngineTest
class OpenApiTest {

  @Autowired TestRestTemplate http;

  @Test
  void theApiDescriptionListsEveryEndpointWithTheParametersAClientSends() {
    JsonNode api = http.getForObject("/v3/api-docs", JsonNode.class);

    assertThat(api.get("paths").fieldNames())
        .toIterable()
        .contains(
            "/api/applications",
            "/api/partners",
            "/api/partners/{id}",
            "/api/partners/{id}/history",
            "/api/partners/{id}/training-completions",
            "/api/tasks",
            "/api/tasks/{id}/complete",
            "/api/process-instances/{key}",
            "/api/process-instances/{key}/incidents/{incidentKey}/resolve",
            "/api/processes/{bpmnProcessId}/xml",
            "/api/deployments",
            "/api/invitations/{token}",
            "/api/partners/{id}/invitation",
            "/api/me/password",
            "/api/password-resets",
            "/api/password-resets/{token}");
    assertThat(api.at("/paths/~1api~1tasks/get/parameters").findValuesAsText("name"))
        .containsExactlyInAnyOrder("candidateGroup", "assignee", "partnerId", "state", "page", "size");
    var swaggerUi = http.getForEntity("/swagger-ui.html", String.class).getStatusCode();
    assertThat(swaggerUi.is2xxSuccessful() || swaggerUi.is3xxRedirection()).isTrue();
  }
}
