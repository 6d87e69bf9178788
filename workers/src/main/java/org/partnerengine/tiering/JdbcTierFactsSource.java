package org.partnerengine.tiering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.partnerengine.deals.CreditedRevenue;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads tier facts from the deal registration and certification tables: {@code deal (partner_id,
 * status, amount, outcome_amount, updated_at)} and {@code certificate (partner_id, status 'ACTIVE',
 * expires_at)}. The tables are queried only when a review or a rebate runs, so the application
 * starts without them. Revenue is the partner's credited share, summed in the programme currency (see {@link CreditedRevenue}).
 */
public class JdbcTierFactsSource implements TierFactsSource {

  private final JdbcTemplate jdbc;
  private final String creditedRevenue;

  public JdbcTierFactsSource(JdbcTemplate jdbc, String programmeCurrency) {
    this.jdbc = jdbc;
    this.creditedRevenue = CreditedRevenue.sumBetween(programmeCurrency);
  }

  @Override
  public TierFacts factsFor(long partnerId, Instant from, Instant to) {
    BigDecimal booked = wonRevenue(partnerId, from, to);
    Integer won = closedDeals(partnerId, "WON", from, to);
    Integer lost = closedDeals(partnerId, "LOST", from, to);
    Integer certificates =
        jdbc.queryForObject(
            "select count(*) from certificate where partner_id = ? and status = 'ACTIVE'"
                + " and (expires_at is null or expires_at > ?)",
            Integer.class,
            partnerId,
            utc(to));
    int closed = won + lost;
    BigDecimal winRate =
        closed == 0
            ? BigDecimal.ZERO
            : BigDecimal.valueOf(won).divide(BigDecimal.valueOf(closed), 4, RoundingMode.HALF_UP);
    return new TierFacts(booked, certificates, winRate);
  }

  @Override
  public BigDecimal wonRevenue(long partnerId, Instant from, Instant to) {
    return jdbc.queryForObject(
        // A closed deal changes no more, so its last update is when it was won or lost. Status WON
        // is a win someone vouched for; a partner's own unconfirmed report (WON_UNVERIFIED) is not.
        creditedRevenue, BigDecimal.class, partnerId, utc(from), utc(to), partnerId, utc(from), utc(to));
  }

  private Integer closedDeals(long partnerId, String status, Instant from, Instant to) {
    return jdbc.queryForObject(
        "select count(*) from deal where partner_id = ? and status = ? and updated_at >= ? and updated_at < ?",
        Integer.class,
        partnerId,
        status,
        utc(from),
        utc(to));
  }

  // Instants are stored as UTC wall-clock datetime(6) (see hibernate.jdbc.time_zone); a LocalDateTime
  // parameter reaches the database as that wall clock, whatever the JVM's or the session's zone.
  private static LocalDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC).toLocalDateTime();
  }
}
