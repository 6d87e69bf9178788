package org.partnerengine.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.Requests;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A new market through the API: an application from a country whose region is only planned is
 * held, not rejected; the region's launch names what is missing until it is fixed, then goes live,
 * and the held application goes on by itself.
 */
@PartnerEngineTest
class RegionLaunchEndToEndTest {

  @Autowired TestRestTemplate http;
  @Autowired Partners partners;
  @Autowired PartnerEvents events;
  @Autowired Regions regions;

  @Test
  void anApplicationFromAPlannedRegionWaitsAndGoesOnWhenTheRegionGoesLive() {
    TestRestTemplate manager = http.withBasicAuth("manager", "manager");
    ResponseEntity<JsonNode> defined = manager.postForEntity("/api/regions",
        json(Map.of("code", "NORDICS", "name", "Nordics", "baseCurrency", "SEK", "defaultLocale", "en",
            "countries", List.of("IS", "FO"), "approverGroups", List.of())),
        JsonNode.class);
    assertThat(defined.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(defined.getBody().get("status").asText()).isEqualTo("PLANNED");

    long partnerId = apply("nordic-fjord.is");
    await().atMost(Duration.ofSeconds(20)).until(() -> events.countByPartnerIdAndType(partnerId, "APPLICATION_HELD") == 1);
    assertThat(partners.findById(partnerId).orElseThrow().getStage()).isEqualTo(Stage.RECRUIT);
    assertThat(manager.getForObject("/api/regions/NORDICS", JsonNode.class).get("heldApplications").asLong()).isEqualTo(1);

    ResponseEntity<JsonNode> launched = manager.postForEntity("/api/regions/NORDICS/launch", null, JsonNode.class);
    assertThat(launched.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(launched.getBody().get("status").asText()).isEqualTo("LAUNCHING");
    assertThat(manager.postForEntity("/api/regions/NORDICS/launch", null, JsonNode.class).getStatusCode())
        .as("a launch runs once").isEqualTo(HttpStatus.CONFLICT);
    long launch = await().atMost(Duration.ofSeconds(20))
        .until(() -> manager.getForObject("/api/regions/NORDICS", JsonNode.class).path("processInstanceKey").asLong(), key -> key > 0);

    complete(manager, task(manager, launch, "Task_ConfirmLegalEntity"), Map.of("legalEntity", "Partner Engine Nordic ehf, kt. 470120-1230"));
    TestRestTemplate finance = http.withBasicAuth("finance", "finance");
    complete(finance, task(finance, launch, "Task_ConfirmTaxForm"), Map.of("taxForm", "W-8BEN-E"));

    // Nobody approves for the region yet: the gate names it, and the region stays closed.
    JsonNode resolve = task(manager, launch, "Task_ResolveBlockers");
    JsonNode region = manager.getForObject("/api/regions/NORDICS", JsonNode.class);
    assertThat(region.get("status").asText()).isEqualTo("LAUNCHING");
    assertThat(region.get("legalEntity").asText()).startsWith("Partner Engine Nordic ehf");
    assertThat(region.get("taxForm").asText()).isEqualTo("W-8BEN-E");
    assertThat(partners.findById(partnerId).orElseThrow().getStage()).isEqualTo(Stage.RECRUIT);

    ResponseEntity<JsonNode> changed = manager.exchange("/api/regions/NORDICS", HttpMethod.PUT,
        json(Map.of("name", "Nordics", "defaultLocale", "en", "countries", List.of("IS", "FO"), "approverGroups", List.of("channel-approvers"))),
        JsonNode.class);
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    complete(manager, resolve, Map.of("legalEntity", "", "taxForm", ""));

    await().atMost(Duration.ofSeconds(30))
        .until(() -> manager.getForObject("/api/regions/NORDICS", JsonNode.class).get("status").asText().equals("LIVE"));
    await().atMost(Duration.ofSeconds(30)).until(() -> events.countByPartnerIdAndType(partnerId, "APPLICATION_RESUMED") == 1);
    await().atMost(Duration.ofSeconds(30))
        .alias("a strong fit is fast-tracked once screened").until(() -> partners.findById(partnerId).orElseThrow().getStage() == Stage.ONBOARD);
    JsonNode live = manager.getForObject("/api/regions/NORDICS", JsonNode.class);
    assertThat(live.get("heldApplications").asLong()).isZero();
    assertThat(live.get("legalEntity").asText()).as("an empty field on the resolve form keeps the confirmation").startsWith("Partner Engine Nordic ehf");
    assertThat(partners.findById(partnerId).orElseThrow().getRegionId()).isEqualTo(regions.findByCode("NORDICS").orElseThrow().getId());
  }

  @Test
  void regionsAreCheckedAndALiveRegionKeepsWhatItsPartnersDependOn() {
    TestRestTemplate manager = http.withBasicAuth("manager", "manager");
    JsonNode global = manager.getForObject("/api/regions/GLOBAL", JsonNode.class);
    assertThat(global.get("status").asText()).isEqualTo("LIVE");
    assertThat(global.get("catchAll").asBoolean()).isTrue();
    assertThat(global.get("baseCurrency").asText()).as("the catch-all is in the programme currency").isEqualTo("EUR");

    Map<String, Object> valid = Map.of("code", "GREENLAND", "name", "Greenland", "baseCurrency", "DKK", "defaultLocale", "da",
        "countries", List.of("GL"), "approverGroups", List.of("approvers-greenland"));
    assertThat(manager.postForEntity("/api/regions", json(Map.of("code", "greenland", "name", "x", "baseCurrency", "DKK",
        "defaultLocale", "da", "countries", List.of(), "approverGroups", List.of())), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(manager.postForEntity("/api/regions", json(Map.of("code", "GREENLAND", "name", "x", "baseCurrency", "DKK",
        "defaultLocale", "da", "countries", List.of("Greenland"), "approverGroups", List.of())), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(manager.postForEntity("/api/regions", json(valid), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(manager.postForEntity("/api/regions", json(valid), JsonNode.class).getStatusCode()).as("the code is taken").isEqualTo(HttpStatus.CONFLICT);
    ResponseEntity<JsonNode> twice = manager.postForEntity("/api/regions",
        json(Map.of("code", "ARCTIC", "name", "Arctic", "baseCurrency", "DKK", "defaultLocale", "en", "countries", List.of("GL"),
            "approverGroups", List.of())), JsonNode.class);
    assertThat(twice.getStatusCode()).as("a country is in one region").isEqualTo(HttpStatus.CONFLICT);
    assertThat(twice.getBody().get("detail").asText()).contains("GL");
    assertThat(manager.getForEntity("/api/regions/ARCTIC", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(manager.exchange("/api/regions/GLOBAL", HttpMethod.PUT, json(Map.of("name", "Global", "defaultLocale", "en",
        "countries", List.of("GL"), "approverGroups", List.of())), JsonNode.class).getStatusCode())
        .as("the catch-all names no country").isEqualTo(HttpStatus.CONFLICT);
    assertThat(http.withBasicAuth("approver", "approver").getForEntity("/api/regions", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private long apply(String domain) {
    Map<String, Object> application = Requests.application();
    application.put("companyName", "Fjord Cloud ehf");
    application.put("country", "IS");
    application.put("website", "https://www." + domain);
    application.put("contactEmail", "ada@" + domain);
    application.put("annualRevenue", 20_000_000);
    application.put("employees", 200);
    ResponseEntity<JsonNode> applied = http.postForEntity("/api/applications", json(application), JsonNode.class);
    assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return applied.getBody().get("partnerId").asLong();
  }

  private static JsonNode task(TestRestTemplate client, long processInstanceKey, String elementId) {
    // Every page: the shared inbox holds the open tasks of every other test too.
    return await().atMost(Duration.ofSeconds(20)).until(() -> {
      for (int page = 0; ; page++) {
        JsonNode content = client.getForObject("/api/tasks?state=CREATED&size=100&page=" + page, JsonNode.class).path("content");
        if (content.isEmpty()) {
          return null;
        }
        for (JsonNode t : content) {
          if (t.path("elementId").asText().equals(elementId) && t.path("processInstanceKey").asLong() == processInstanceKey) {
            return t;
          }
        }
      }
    }, t -> t != null);
  }

  private static void complete(TestRestTemplate client, JsonNode task, Map<String, Object> variables) {
    long taskId = task.get("id").asLong();
    assertThat(client.postForEntity("/api/tasks/" + taskId + "/claim", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> completed = client.postForEntity("/api/tasks/" + taskId + "/complete", json(Map.of("variables", variables)), JsonNode.class);
    assertThat(completed.getStatusCode()).as(String.valueOf(completed.getBody())).isEqualTo(HttpStatus.OK);
  }
}
