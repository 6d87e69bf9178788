package org.partnerengine.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerengine.AgreementSigning.partnerInOnboarding;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Touchpoint surveys on the embedded engine: onboarding done asks the partner once; a certificate
 * the same week does not (30 days between invitations, the same rules as the relationship survey);
 * a moment older than the lookback is left alone.
 */
@PartnerEngineTest
class TouchpointSurveysTest {

  @Autowired TestRestTemplate http;
  @Autowired TouchpointSurveys touchpoints;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aMomentThatMattersAsksThePartnerOnceAndNeverTwiceInThirtyDays() {
    long partnerId = partnerInOnboarding(http, "touchpoint.example");
    long onboarded = history(partnerId, "STAGE_ENTERED", "ENABLE", Instant.now());
    long certified = history(partnerId, "CERTIFICATE_ISSUED", "CERTIFY", Instant.now().plusSeconds(1));
    history(partnerId, "CERTIFICATE_ISSUED", "CERTIFY", Instant.now().minus(Duration.ofDays(3)));

    touchpoints.run();
    touchpoints.run();

    List<Map<String, Object>> invitations =
        jdbc.queryForList("select survey_round, touchpoint from survey_invitation where partner_id = ?", partnerId);
    assertThat(invitations).hasSize(1);
    assertThat(invitations.get(0)).containsEntry("touchpoint", "ONBOARDING").containsEntry("survey_round", "touchpoint-event-" + onboarded);
    assertThat(jdbc.queryForList("select reason from survey_touchpoint where source = 'event' and source_id = ?", String.class, certified))
        .containsExactly("INVITED_RECENTLY");
    assertThat(jdbc.queryForObject("select count(*) from survey_touchpoint where partner_id = ?", Integer.class, partnerId))
        .as("the old certificate is left alone").isEqualTo(2);
  }

  @Test
  void aDealConflictTheChannelResolvedAsksThePartnerThatRegisteredIt() {
    long partnerId = partnerInOnboarding(http, "touchpoint-conflict.example");
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update(
        "insert into deal (partner_id, customer_name, customer_domain, amount, currency, expected_close_date, status, conflicting_deal_id,"
            + " protection_extended, registered_at, updated_at, version) values (?, 'Contested', ?, 1000, 'EUR', current_date, 'REJECTED', 1, false, ?, ?, 0)",
        partnerId, "contested-" + partnerId + ".com", now, now);
    jdbc.update(
        "insert into deal (partner_id, customer_name, customer_domain, amount, currency, expected_close_date, status, conflicting_deal_id,"
            + " protection_extended, registered_at, updated_at, version) values (?, 'Waiting', ?, 1000, 'EUR', current_date, 'REGISTERED', 1, false, ?, ?, 0)",
        partnerId, "waiting-" + partnerId + ".com", now, now);
    long resolved = jdbc.queryForObject("select id from deal where customer_domain = ?", Long.class, "contested-" + partnerId + ".com");

    touchpoints.run();
    touchpoints.run();

    assertThat(jdbc.queryForList("select survey_round, touchpoint from survey_invitation where partner_id = ?", partnerId))
        .containsExactly(Map.of("survey_round", "touchpoint-conflict-" + resolved, "touchpoint", "DEAL_CONFLICT"));
  }

  private long history(long partnerId, String type, String stage, Instant at) {
    String key = "touchpoint-test:" + partnerId + ":" + type + ":" + at.toEpochMilli();
    jdbc.update(
        "insert into partner_event (partner_id, occurred_at, type, stage, actor, detail, idempotency_key) values (?, ?, ?, ?, 'test', null, ?)",
        partnerId, Timestamp.from(at), type, stage, key);
    return jdbc.queryForObject("select id from partner_event where idempotency_key = ?", Long.class, key);
  }
}
