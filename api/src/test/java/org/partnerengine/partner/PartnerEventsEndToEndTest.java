package org.partnerengine.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerengine.Requests.application;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@PartnerEngineTest
class PartnerEventsEndToEndTest {

  @Autowired TestRestTemplate http;
  @Autowired PartnerEvents events;

  @Test
  void theSameEventSentTwiceIsAcceptedTwiceAndTakenOnce() {
    Map<String, Object> form = application();
    form.put("contactEmail", "events@acme-cloud.de");
    long partnerId = http.postForEntity("/api/applications", json(form), JsonNode.class).getBody().get("partnerId").asLong();
    TestRestTemplate manager = http.withBasicAuth("manager", "manager");

    ResponseEntity<JsonNode> first =
        manager.postForEntity("/api/partners/" + partnerId + "/training-completions", json(Map.of("courseId", "sales-101")), JsonNode.class);
    ResponseEntity<JsonNode> again =
        manager.postForEntity("/api/partners/" + partnerId + "/training-completions", json(Map.of("courseId", "sales-101")), JsonNode.class);
    ResponseEntity<JsonNode> otherCourse =
        manager.postForEntity("/api/partners/" + partnerId + "/training-completions", json(Map.of("courseId", "tech-201")), JsonNode.class);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(first.getBody().get("duplicate").asBoolean()).isFalse();
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(again.getBody().get("duplicate").asBoolean()).isTrue();
    assertThat(otherCourse.getBody().get("duplicate").asBoolean()).isFalse();
    JsonNode history = manager.getForObject("/api/partners/" + partnerId + "/history", JsonNode.class);
    assertThat(history.findValuesAsText("detail")).containsSubsequence("Course sales-101", "Course tech-201");
    assertThat(events.countByPartnerIdAndType(partnerId, "TRAINING_COMPLETED")).isEqualTo(2);
  }
}
