package org.partnerengine.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.messaging.PartnerMessages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An integration that talks to the engine hands a lead in with the lead-received message: it is
 * stored and routed like a lead from the API, once however often the message comes; a message
 * whose lead breaks a rule stores nothing and leaves no incident.
 */
@PartnerEngineTest
class LeadReceivedMessageTest {

  @Autowired PartnerMessages messages;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;

  @Test
  void aLeadReceivedMessageIsStoredOnceAndRouted() {
    Map<String, Object> lead = Map.of("companyName", "Harbour Lights Ltd", "domain", "harbour-lights.example", "country", "MT",
        "productInterest", "core-platform", "contactName", "Hal", "contactEmail", "hal@harbour-lights.example", "source", "crm-sync");

    messages.publish("lead-received", "crm-lead-81", "lead-received:crm-lead-81", Map.of("lead", lead));
    messages.publish("lead-received", "crm-lead-81", "lead-received:crm-lead-81", Map.of("lead", lead)); // the integration retried

    long leadId = await().atMost(Duration.ofSeconds(30)).until(
        () -> jdbc.queryForList("select id from sales_lead where domain = 'harbour-lights.example'", Long.class), ids -> ids.size() == 1).get(0);
    JsonNode routing = await().atMost(Duration.ofSeconds(30)).until(
        () -> http.withBasicAuth("manager", "manager").getForObject("/api/leads/" + leadId + "/routing", JsonNode.class),
        r -> !r.get("status").asText().equals("RECEIVED"));
    assertThat(routing.get("status").asText()).as("no partner covers Malta here: triage").isIn("TRIAGE", "ROUTING");
    assertThat(jdbc.queryForObject("select contact_email from sales_lead where id = ?", String.class, leadId)).isEqualTo("hal@harbour-lights.example");
    assertThat(jdbc.queryForList("select id from sales_lead where domain = 'harbour-lights.example'", Long.class)).hasSize(1);
  }

  @Test
  void aMessageWhoseLeadBreaksARuleStoresNothing() {
    for (Object lead : List.of(Map.of("companyName", "No Domain Ltd", "country", "MT"), "not a lead",
        Map.of("companyName", "Shady Ltd", "domain", "shady.example", "country", "Malta", "productInterest", "core-platform",
            "contactName", "Sam", "contactEmail", "not an address", "source", "crm-sync"),
        Map.of("companyName", "Extra Ltd", "domain", "extra.example", "country", "MT", "productInterest", "core-platform",
            "contactName", "Eve", "contactEmail", "eve@extra.example", "source", "crm-sync", "secretField", "x"))) {
      messages.publish("lead-received", "crm-bad-" + lead.hashCode(), "lead-received:bad:" + lead.hashCode(), Map.of("lead", lead));
    }
    // A good lead sent after them: once it is stored, the refused ones have had their turn.
    messages.publish("lead-received", "crm-after-bad", "lead-received:crm-after-bad", Map.of("lead", Map.of("companyName", "After Ltd",
        "domain", "after-refused.example", "country", "MT", "productInterest", "core-platform", "contactName", "Al",
        "contactEmail", "al@after-refused.example", "source", "crm-sync")));
    await().atMost(Duration.ofSeconds(30)).until(
        () -> jdbc.queryForObject("select count(*) from sales_lead where domain = 'after-refused.example'", Long.class) == 1);

    assertThat(jdbc.queryForObject(
        "select count(*) from sales_lead where company_name in ('No Domain Ltd', 'Shady Ltd', 'Extra Ltd')", Long.class)).isZero();
  }
}
