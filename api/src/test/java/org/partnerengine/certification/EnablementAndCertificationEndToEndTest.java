package org.partnerengine.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.enablement.Enrolment;
import org.partnerengine.enablement.Enrolments;
import org.partnerengine.messaging.PartnerMessages;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Enablement and certification with the real workers on the embedded engine, the courses and exams
 * reported through the API by the training platform's service client.
 */
@PartnerEngineTest
class EnablementAndCertificationEndToEndTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired TestRestTemplate http;
  @Autowired CamundaClient camunda;
  @Autowired PartnerMessages messages;
  @Autowired Partners partners;
  @Autowired Enrolments enrolments;
  @Autowired Certificates certificates;
  @Autowired ExamAttempts attempts;
  @Autowired PartnerEvents events;

  @Test
  void aPartnerCompletesItsCurriculumInAnyOrder() {
    long partnerId = newPartner(PartnerType.SYSTEM_INTEGRATOR);
    start("partner-enablement", Map.of("partnerId", partnerId, "partnerType", "SYSTEM_INTEGRATOR", "specialisations", List.of("managed-services"), "trainingReminder", "P7D"));
    await().atMost(WAIT).until(() -> enrolments.findByPartnerIdOrderByCourseId(partnerId).size() == 3);

    completeCourse(partnerId, "technical-deployment");
    completeCourse(partnerId, "technical-deployment");
    completeCourse(partnerId, "managed-services-ops");
    completeCourse(partnerId, "product-essentials");

    await().atMost(WAIT).until(() -> enrolments.findByPartnerIdOrderByCourseId(partnerId).stream().allMatch(Enrolment::isComplete));
    assertThat(events.countByPartnerIdAndType(partnerId, "COURSE_COMPLETED")).isEqualTo(3);
  }

  @Test
  void aPartnerThatFailsThenPassesGetsOneCertificateAndItsRenewalStarts() {
    long partnerId = newPartner(PartnerType.RESELLER);
    start("partner-certification", Map.of("partnerId", partnerId, "maxExamAttempts", 3));

    reportExam(partnerId, 72, 1);
    await().atMost(WAIT).until(() -> events.countByPartnerIdAndType(partnerId, "EXAM_FAILED") == 1);
    reportExam(partnerId, 91, 2);

    await().atMost(WAIT).until(() -> certificates.countByPartnerId(partnerId) == 1);
    Certificate certificate = certificates.findByPartnerIdOrderByIssuedAtDescIdDesc(partnerId).get(0);
    assertThat(certificate.getCertificateNumber()).matches("PE-\\d{4}-\\d{6}");
    assertThat(attempts.findByPartnerIdOrderByAttemptedAtAscIdAsc(partnerId)).extracting(ExamAttempt::isPassed).containsExactly(false, true);
    // The renewal instance started by the certificate-issued message waits on its timer: a second
    // publish of that message is refused while the first is buffered.
    assertThat(
            messages.publish(
                "certificate-issued", String.valueOf(certificate.getId()), "certificate-issued:" + certificate.getId(), Map.of()))
        .isFalse();
  }

  @Test
  void anExamIsJudgedByThePassMarkAndAttemptsAManagerSetInTheCatalogue() {
    long partnerId = newPartner(PartnerType.RESELLER);
    // One sitting, and a bar above the exam-pass-mark decision's 70 for exams it does not name.
    ResponseEntity<JsonNode> added =
        manager().postForEntity(
            "/api/training-catalogue",
            json(Map.of("id", "one-shot-exam", "kind", "EXAM", "title", "One shot", "passMark", 90, "maxAttempts", 1)),
            JsonNode.class);
    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    start("partner-certification", Map.of("partnerId", partnerId, "maxExamAttempts", 3));

    ResponseEntity<JsonNode> accepted =
        trainingPlatform().postForEntity(
            "/api/partners/" + partnerId + "/exam-results", json(Map.of("examId", "one-shot-exam", "score", 85)), JsonNode.class);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

    // Failed against 90, and no second sitting: the manager reviews.
    await().atMost(WAIT).until(() -> manager().getForObject("/api/tasks?partnerId=" + partnerId + "&state=CREATED", JsonNode.class)
        .path("content").findValuesAsText("elementId").contains("Task_ReviewFailedCertification"));
    assertThat(attempts.findByPartnerIdOrderByAttemptedAtAscIdAsc(partnerId))
        .singleElement()
        .satisfies(a -> assertThat(a.getPassMark()).isEqualByComparingTo("90"));
    JsonNode exam = manager().getForObject("/api/partners/" + partnerId + "/curriculum", JsonNode.class).path("exams")
        .findParents("examId").stream().filter(e -> e.path("examId").asText().equals("one-shot-exam")).findFirst().orElseThrow();
    assertThat(exam.path("attemptsUsed").asInt()).isEqualTo(1);
    assertThat(exam.path("attemptsLeft").asInt()).isZero();
    assertThat(exam.path("passed").asBoolean()).isFalse();
  }

  private TestRestTemplate manager() {
    return http.withBasicAuth("manager", "manager");
  }

  private void completeCourse(long partnerId, String courseId) {
    ResponseEntity<JsonNode> accepted =
        trainingPlatform().postForEntity("/api/partners/" + partnerId + "/training-completions", json(Map.of("courseId", courseId)), JsonNode.class);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
  }

  private void reportExam(long partnerId, int score, int attempt) {
    ResponseEntity<JsonNode> accepted =
        trainingPlatform().postForEntity(
            "/api/partners/" + partnerId + "/exam-results",
            json(Map.of("examId", "technical-certification", "score", score, "attempt", attempt)),
            JsonNode.class);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
  }

  private TestRestTemplate trainingPlatform() {
    return http.withBasicAuth("training", "training");
  }

  private void start(String processId, Map<String, Object> variables) {
    camunda.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(variables).send().join();
  }

  private long newPartner(PartnerType type) {
    return partners
        .saveAndFlush(new Partner("Acme", type, "DE", "acme.de", "Ada", "ada@acme.de", BigDecimal.TEN, 3, Instant.EPOCH))
        .getId();
  }
}
