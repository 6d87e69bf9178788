package org.partnerengine.attention;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.partnerengine.analytics.Utc;
import org.partnerengine.deals.CreditedRevenue;
import org.partnerengine.prediction.ChurnRisk;
import org.partnerengine.money.MoneySettings;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.Partners;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a partner's attention facts; every query goes through a (partner_id, ...) index. */
@Component
public class AttentionFactsCollector {

  private final Partners partners;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final String creditedRevenue;
  private final ChurnRisk churnRisk;

  public AttentionFactsCollector(Partners partners, JdbcTemplate jdbc, Clock clock, MoneySettings money, ChurnRisk churnRisk) {
    this.partners = partners;
    this.churnRisk = churnRisk;
    this.jdbc = jdbc;
    this.clock = clock;
    this.creditedRevenue = CreditedRevenue.sumBetween(money.programmeCurrency());
  }

  @Transactional(readOnly = true)
  public AttentionFacts factsFor(long partnerId) {
    Partner partner = partners.require(partnerId);
    Instant now = clock.instant();
    Instant lastDeal =
        jdbc.query(
            "select max(registered_at) as last_deal from deal where partner_id = ?",
            rs -> rs.next() ? Utc.read(rs, "last_deal") : null,
            partnerId);
    Instant since = lastDeal == null ? partner.getCreatedAt() : lastDeal;
    Instant entered =
        jdbc.query(
            "select occurred_at from partner_event where type = 'STAGE_ENTERED' and partner_id = ?"
                + " order by occurred_at desc, id desc limit 1",
            rs -> rs.next() ? Utc.read(rs, "occurred_at") : null,
            partnerId);
    if (entered == null) {
      entered = partner.getCreatedAt();
    }
    record Expiring(Instant expiresAt, boolean retaken) {}
    Expiring expiring =
        jdbc.query(
            "select c.expires_at,"
                + " (select count(*) from exam_attempt a where a.partner_id = c.partner_id and a.exam_id = c.exam_id"
                + "   and a.certification_cycle > c.certification_cycle) as retakes"
                + " from certificate c where c.partner_id = ? and c.status = 'ACTIVE' and c.expires_at > ?"
                + " order by c.expires_at limit 1",
            rs -> rs.next() ? new Expiring(Utc.read(rs, "expires_at"), rs.getLong("retakes") > 0) : null,
            partnerId,
            Utc.of(now));
    BigDecimal last90 = won(partnerId, now.minus(Duration.ofDays(90)), now);
    BigDecimal previous90 = won(partnerId, now.minus(Duration.ofDays(180)), now.minus(Duration.ofDays(90)));
    return new AttentionFacts(
        partner.getStage().name(),
        partner.getTier() == null ? "REGISTERED" : partner.getTier(),
        expiring != null,
        Duration.between(since, now).toDays(),
        expiring == null ? null : Duration.between(now, expiring.expiresAt()).toDays(),
        expiring != null && expiring.retaken(),
        Duration.between(entered, now).toDays(),
        last90.multiply(BigDecimal.valueOf(4)),
        last90.compareTo(previous90) > 0,
        churnRisk.probabilityOrNull(partnerId));
  }

  private BigDecimal won(long partnerId, Instant from, Instant to) {
    return jdbc.queryForObject(
        creditedRevenue, BigDecimal.class, partnerId, Utc.of(from), Utc.of(to), partnerId, Utc.of(from), Utc.of(to));
  }
}
