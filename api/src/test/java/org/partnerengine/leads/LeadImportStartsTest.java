package org.partnerengine.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;

/**
 * An import's leads are all stored when it answers, and their distributions start after it, a few
 * at a time: every lead gets exactly one instance on the real engine, however many wait their turn.
 */
@PartnerEngineTest
@TestPropertySource(properties = "partner-engine.leads.import-starts-in-flight=3")
class LeadImportStartsTest {

  private static final int LEADS = 40;

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anImportOfManyLeadsStartsOneDistributionForEachEvenWhenTheStartsArePaced() {
    StringBuilder csv = new StringBuilder("companyName,domain,country,postcode,productInterest,contactName,contactEmail,source,campaign\n");
    for (int i = 0; i < LEADS; i++) {
      // Malta: no partner covers it here, so each lead goes to triage, one task per instance.
      csv.append("Paced Import ").append(i).append(",paced-import-").append(i).append(".example,MT,,core-platform,Pat,pat@paced-import-")
          .append(i).append(".example,fair,\n");
    }
    long tasksBefore = triageTasks();

    ResponseEntity<JsonNode> report = upload(csv.toString());

    assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Long> accepted = new ArrayList<>();
    report.getBody().get("accepted").forEach(id -> accepted.add(id.asLong()));
    assertThat(accepted).hasSize(LEADS);
    assertThat(jdbc.queryForObject("select count(*) from sales_lead where domain like 'paced-import-%'", Long.class)).isEqualTo(LEADS);
    String ids = String.join(", ", Collections.nCopies(LEADS, "?"));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> jdbc.queryForObject(
            "select count(*) from sales_lead where status = 'TRIAGE' and id in (" + ids + ")", Long.class, accepted.toArray()) == LEADS);
    await().atMost(Duration.ofSeconds(30)).until(() -> triageTasks() - tasksBefore == LEADS);
    assertThat(jdbc.queryForObject(
            "select count(distinct l.process_instance_key) from sales_lead l join user_task t on t.process_instance_key = l.process_instance_key"
                + " where t.element_id = 'Task_TriageLead' and l.id in (" + ids + ")",
            Long.class, accepted.toArray()))
        .as("one instance per lead, each the lead's own")
        .isEqualTo(LEADS);
    assertThat(triageTasks() - tasksBefore).isEqualTo(LEADS);
  }

  private long triageTasks() {
    return jdbc.queryForObject("select count(*) from user_task where element_id = 'Task_TriageLead'", Long.class);
  }

  private ResponseEntity<JsonNode> upload(String csv) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add(
        "file",
        new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return "leads.csv";
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth("manager", "manager").postForEntity("/api/leads/import", new HttpEntity<>(parts, headers), JsonNode.class);
  }
}
