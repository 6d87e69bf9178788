package org.partnerengine.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The attention review running for real, every two seconds: a certified active partner without a
 * deal for 200 days gets one follow-up task for its managers, however many rounds pass, and the task
 * is closed once the partner registers a deal.
 */
@PartnerEngineTest
// Tests leave metrics exporters off unless asked: this one reads /actuator/prometheus.
@AutoConfigureObservability
@TestPropertySource(properties = "partner-engine.attention.review-interval=PT2S")
class AttentionEndToEndTest {

  @Autowired Partners partners;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate anonymous;

  @Test
  void aFollowUpForAnAtRiskPartnerIsRaisedOnceAndClosedWhenTheCauseClears() {
    Instant now = Instant.now();
    long partnerId = certifiedActivePartnerWithoutDeals(now.minus(Duration.ofDays(200)));
    TestRestTemplate manager = anonymous.withBasicAuth("manager", "manager");

    await().atMost(Duration.ofSeconds(30)).until(() -> followUpTasks(partnerId, "CREATED") == 1);
    // Further rounds find the same reason: still one task, one row.
    await()
        .during(Duration.ofSeconds(5))
        .atMost(Duration.ofSeconds(10))
        .until(() -> followUpTasks(partnerId, null) == 1 && attentionRows(partnerId) == 1);
    JsonNode atRisk = manager.getForObject("/api/analytics/attention?kind=AT_RISK&size=100", JsonNode.class);
    assertThat(atRisk.get("content").findValues("partnerId").stream().map(JsonNode::asLong)).contains(partnerId);
    JsonNode scorecard = manager.getForObject("/api/partners/" + partnerId + "/scorecard", JsonNode.class);
    assertThat(scorecard.get("activeCertificates").asInt()).isEqualTo(1);
    assertThat(scorecard.get("last90Days").get("registered").asInt()).isZero();

    registerDeal(partnerId, now);

    await().atMost(Duration.ofSeconds(30)).until(() -> followUpTasks(partnerId, "CANCELED") == 1);
    assertThat(followUpTasks(partnerId, null)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select status from partner_attention where partner_id = ?", String.class, partnerId))
        .isEqualTo("CLEARED");
    JsonNode afterwards = manager.getForObject("/api/analytics/attention?kind=AT_RISK&size=100", JsonNode.class);
    assertThat(afterwards.get("content").findValues("partnerId").stream().map(JsonNode::asLong)).doesNotContain(partnerId);
    String metrics = manager.getForObject("/actuator/prometheus", String.class);
    assertThat(metrics)
        .contains("partner_engine_partners{stage=\"ACTIVE\"}")
        .contains("partner_engine_tasks_open")
        .contains("partner_engine_leads{status=\"CONVERTED\"}")
        .contains("partner_engine_lead_offers{status=\"RECLAIMED\"}")
        .contains("partner_engine_co_sell_requests{status=\"OPEN\"}")
        .contains("partner_engine_co_sell_requests_overdue")
        .contains("partner_engine_revenue_splits{status=\"APPROVED\"}")
        .contains("partner_engine_messages_total{message=\"attention-raised\",outcome=\"accepted\"}");
  }

  private long certifiedActivePartnerWithoutDeals(Instant since) {
    Partner partner =
        new Partner(
            "Quiet Reseller", PartnerType.RESELLER, "DE", "https://quiet.example", "Ada", "ada@quiet.example",
            BigDecimal.TEN, 5, since);
    for (Stage stage : new Stage[] {Stage.ONBOARD, Stage.ENABLE, Stage.CERTIFY, Stage.ACTIVE}) {
      partner.enterStage(stage, since);
    }
    long partnerId = partners.saveAndFlush(partner).getId();
    jdbc.update(
        "insert into certificate (partner_id, exam_id, certification_cycle, status, issued_at, expires_at, version)"
            + " values (?, 'sales', 1, 'ACTIVE', ?, ?, 0)",
        partnerId,
        utc(since),
        utc(since.plus(Duration.ofDays(500))));
    return partnerId;
  }

  private void registerDeal(long partnerId, Instant at) {
    jdbc.update(
        "insert into deal (partner_id, customer_name, customer_domain, amount, currency, expected_close_date, status,"
            + " protection_extended, registered_at, updated_at, version)"
            + " values (?, 'Big Customer', 'big-customer.example', 50000, 'EUR', ?, 'APPROVED', false, ?, ?, 0)",
        partnerId,
        LocalDate.now(ZoneOffset.UTC).plusDays(60),
        utc(at),
        utc(at));
  }

  private int followUpTasks(long partnerId, String state) {
    return jdbc.queryForObject(
        "select count(*) from user_task where partner_id = ? and element_id = 'Task_FollowUpPartner'"
            + (state == null ? "" : " and state = '" + state + "'"),
        Integer.class,
        partnerId);
  }

  private int attentionRows(long partnerId) {
    return jdbc.queryForObject("select count(*) from partner_attention where partner_id = ?", Integer.class, partnerId);
  }

  private static LocalDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC).toLocalDateTime();
  }
}
