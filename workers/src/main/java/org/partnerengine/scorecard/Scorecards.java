package org.partnerengine.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.partnerengine.analytics.AnalyticsSettings;
import org.partnerengine.analytics.Utc;
import org.partnerengine.deals.CreditedRevenue;
import org.partnerengine.deals.WonRevenue;
import org.partnerengine.money.MoneySettings;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.Partners;
import org.partnerengine.rebates.Quarter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's scorecard from the deal, certificate, MDF, tier and history tables. A closed deal
 * changes no more, so its {@code updated_at} is when it was won or lost; its revenue is the outcome
 * amount when one was reported, else the registered amount, in the programme currency at its close
 * date's rate (see {@link WonRevenue}); won revenue follows approved revenue splits ({@link
 * CreditedRevenue}). Every query is one partner's rows through a (partner_id, ...)
 * index.
 */
@Component
public class Scorecards {

  private final Partners partners;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final AnalyticsSettings settings;
  private final String revenue;
  private final String creditedRevenue;

  public Scorecards(Partners partners, JdbcTemplate jdbc, Clock clock, AnalyticsSettings settings, MoneySettings money) {
    this.partners = partners;
    this.jdbc = jdbc;
    this.clock = clock;
    this.settings = settings;
    this.revenue = WonRevenue.of(money.programmeCurrency());
    this.creditedRevenue = CreditedRevenue.sumBetween(money.programmeCurrency());
  }

  @Transactional(readOnly = true)
  public Scorecard of(long partnerId) {
    Partner partner = partners.require(partnerId);
    Instant now = clock.instant();
    Instant entered = stageEnteredAt(partnerId);
    if (entered == null) {
      entered = partner.getCreatedAt();
    }
    Instant twelveMonthsAgo = ZonedDateTime.ofInstant(now, ZoneOffset.UTC).minusMonths(12).toInstant();
    String tierReason =
        jdbc.query(
            "select reason from tier_change where partner_id = ? order by decided_at desc, id desc limit 1",
            rs -> rs.next() ? rs.getString(1) : null,
            partnerId);
    long active =
        count(
            "select count(*) from certificate where partner_id = ? and status = 'ACTIVE' and expires_at > ?",
            partnerId,
            Utc.of(now));
    long expiring =
        count(
            "select count(*) from certificate where partner_id = ? and status = 'ACTIVE' and expires_at > ?"
                + " and expires_at <= ?",
            partnerId,
            Utc.of(now),
            Utc.of(now.plus(settings.expiringWithin())));
    BigDecimal mdfSpent =
        jdbc.queryForObject(
            // In the programme currency at each request's rate; a payout from before currencies was in it.
            "select coalesce(sum(coalesce(p.programme_amount, p.amount)), 0) from mdf_payout p join mdf_request r on r.id = p.mdf_request_id"
                + " where r.partner_id = ?",
            BigDecimal.class,
            partnerId);
    List<Scorecard.QuarterRevenue> quarters = new ArrayList<>();
    Quarter quarter = Quarter.containing(now);
    for (int i = 0; i < 7; i++) {
      quarter = quarter.previous();
    }
    for (int i = 0; i < 8; i++) {
      quarters.add(new Scorecard.QuarterRevenue(quarter.toString(), wonRevenue(partnerId, quarter.start(), quarter.end())));
      quarter = Quarter.containing(quarter.end());
    }
    return new Scorecard(
        partnerId,
        now,
        partner.getStage(),
        entered,
        Duration.between(entered, now).toDays(),
        partner.getTier(),
        tierReason,
        window(partnerId, now.minus(Duration.ofDays(90)), now),
        window(partnerId, twelveMonthsAgo, now),
        active,
        expiring,
        mdfSpent,
        attributedRevenue(partnerId),
        settings.attributionWindow().toDays(),
        quarters);
  }

  private Instant stageEnteredAt(long partnerId) {
    return jdbc.query(
        "select occurred_at from partner_event where type = 'STAGE_ENTERED' and partner_id = ?"
            + " order by occurred_at desc, id desc limit 1",
        rs -> rs.next() ? Utc.read(rs, "occurred_at") : null,
        partnerId);
  }

  private DealWindow window(long partnerId, Instant from, Instant to) {
    long registered =
        count(
            "select count(*) from deal where partner_id = ? and registered_at >= ? and registered_at < ?",
            partnerId,
            Utc.of(from),
            Utc.of(to));
    long won = closed(partnerId, "WON", from, to);
    long lost = closed(partnerId, "LOST", from, to);
    BigDecimal winRate =
        won + lost == 0 ? null : BigDecimal.valueOf(won).divide(BigDecimal.valueOf(won + lost), 4, RoundingMode.HALF_UP);
    return new DealWindow(registered, won, lost, wonRevenue(partnerId, from, to), winRate);
  }

  private long closed(long partnerId, String status, Instant from, Instant to) {
    return count(
        "select count(*) from deal where partner_id = ? and status = ? and updated_at >= ? and updated_at < ?",
        partnerId,
        status,
        Utc.of(from),
        Utc.of(to));
  }

  private BigDecimal wonRevenue(long partnerId, Instant from, Instant to) {
    return jdbc.queryForObject(
        creditedRevenue, BigDecimal.class, partnerId, Utc.of(from), Utc.of(to), partnerId, Utc.of(from), Utc.of(to));
  }

  /**
   * Won deals closed on or after a paid activity's planned date and less than the attribution
   * window after it. A deal inside the windows of two activities counts once.
   */
  private BigDecimal attributedRevenue(long partnerId) {
    List<LocalDate> planned =
        jdbc.queryForList(
            "select r.planned_date from mdf_request r join mdf_payout p on p.mdf_request_id = r.id where r.partner_id = ?",
            LocalDate.class,
            partnerId);
    if (planned.isEmpty()) {
      return BigDecimal.ZERO;
    }
    BigDecimal total = BigDecimal.ZERO;
    List<WonDeal> deals =
        jdbc.query(
            "select " + revenue + " as revenue, updated_at from deal where partner_id = ? and status = 'WON'",
            (rs, row) -> new WonDeal(rs.getBigDecimal("revenue"), Utc.read(rs, "updated_at")),
            partnerId);
    for (WonDeal deal : deals) {
      Instant closedAt = deal.closedAt();
      boolean attributed =
          planned.stream()
              .map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant())
              .anyMatch(start -> !closedAt.isBefore(start) && closedAt.isBefore(start.plus(settings.attributionWindow())));
      if (attributed && deal.revenue() != null) {
        total = total.add(deal.revenue());
      }
    }
    return total;
  }

  private record WonDeal(BigDecimal revenue, Instant closedAt) {}

  private long count(String sql, Object... args) {
    Long value = jdbc.queryForObject(sql, Long.class, args);
    return value == null ? 0 : value;
  }
}
