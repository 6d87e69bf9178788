package org.partnerengine.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerengine.AgreementSigning.partnerInOnboarding;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.OneTimeToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** The NPS report recomputed from its stored answers: groups, intervals, and small groups kept quiet. */
@PartnerEngineTest
class NpsReportTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aGroupShowsItsScoreAndIntervalOnlyFromFiveAnswers() {
    long partnerId = partnerInOnboarding(http, "nps-report.example");
    // A day of its own, years back, so no other test's answers fall into it.
    LocalDate day = LocalDate.of(2019, 3, 14);
    int[] certificate = {10, 9, 10, 4, 8};
    int[] conflict = {2, 10, 9};
    for (int i = 0; i < certificate.length; i++) {
      answered(partnerId, "nps-cert-" + partnerId + "-" + i, "CERTIFICATE", certificate[i], day);
    }
    for (int i = 0; i < conflict.length; i++) {
      answered(partnerId, "nps-conflict-" + partnerId + "-" + i, "DEAL_CONFLICT", conflict[i], day);
    }
    String period = "&from=" + day + "&to=" + day.plusDays(1);

    JsonNode byTouchpoint = manager().getForObject("/api/analytics/nps?by=TOUCHPOINT" + period, JsonNode.class);
    JsonNode programme = manager().getForObject("/api/analytics/nps?by=PROGRAMME" + period, JsonNode.class);

    JsonNode cert = group(byTouchpoint, "CERTIFICATE");
    Nps expected = Nps.of(List.of(10, 9, 10, 4, 8));
    assertThat(cert.get("answers").asInt()).isEqualTo(5);
    assertThat(cert.get("nps").asDouble()).isEqualTo(expected.score()).isEqualTo(40.0);
    assertThat(cert.get("low").asDouble()).isEqualTo(expected.low());
    assertThat(cert.get("high").asDouble()).isEqualTo(expected.high());
    JsonNode small = group(byTouchpoint, "DEAL_CONFLICT");
    assertThat(small.get("suppressed").asBoolean()).isTrue();
    assertThat(small.has("nps")).isFalse();
    assertThat(group(programme, "programme").get("nps").asDouble()).isEqualTo(Nps.of(List.of(10, 9, 10, 4, 8, 2, 10, 9)).score());
    assertThat(manager().getForEntity("/api/analytics/nps?by=MOOD", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(manager().getForEntity("/api/analytics/nps?from=2020-01-02&to=2020-01-01", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private void answered(long partnerId, String round, String touchpoint, int score, LocalDate day) {
    Timestamp at = Timestamp.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    jdbc.update(
        "insert into survey_invitation (partner_id, survey_round, touchpoint, token_hash, tier, partner_type, invited_at, expires_at, answered_at, score)"
            + " values (?, ?, ?, ?, null, 'RESELLER', ?, ?, ?, ?)",
        partnerId, round, touchpoint, OneTimeToken.generate().hash(), at, Timestamp.from(Instant.now()), at, score);
  }

  private static JsonNode group(JsonNode report, String name) {
    for (JsonNode group : report.get("groups")) {
      if (group.get("group").asText().equals(name)) {
        return group;
      }
    }
    throw new AssertionError("no group " + name + " in " + report);
  }

  private TestRestTemplate manager() {
    return http.withBasicAuth("manager", "manager");
  }
}
