package org.partnerengine.forecast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnerengine.analytics.ReusedAnswers;
import org.partnerengine.analytics.Utc;
import org.partnerengine.deals.WonRevenue;
import org.partnerengine.money.FxRates;
import org.partnerengine.rebates.Quarter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Next-quarter revenue: the open pipeline weighted by the win rate, plus the trailing trend (damped
 * halfway towards the quarters' mean) for the share of revenue the pipeline does not show yet. Everything is read as it stood at {@code asOf}
 * (a deal was open then if it was registered before and closed, if at all, after), so the same
 * method can be replayed against past quarters to measure its error. Amounts are in the programme
 * currency: won revenue as each win was booked at its close date's rate ({@link WonRevenue}), the
 * open pipeline at the rate of {@code asOf}, the date it is read for (never a later one).
 */
@Component
public class Forecasts {

  private static final int SCALE = 2;
  private static final MathContext TREND_MATH = MathContext.DECIMAL64;

  // How long after a quarter's end its closed deals are taken as final (a deal closed just before
  // the end may commit a moment later), and how long the programme's figures are reused at most.
  static final Duration SETTLED_AFTER = Duration.ofHours(1);
  static final Duration REUSED_FOR = Duration.ofMinutes(10);
  static final Duration PROGRAMME_REUSED_FOR = Duration.ofSeconds(30);

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final FxRates rates;
  private final String revenue;
  /**
   * The programme's won revenue and win rate of quarters that ended: a closed deal changes no more,
   * so they stay as they are, and each programme forecast would otherwise re-add a year of deals
   * (hundreds of thousands at 100 000 partners). Reused while no deal was added (the highest deal
   * id: a deal written with a past closing date, as an import would, is seen at once) and for at
   * most {@link #REUSED_FOR}, so a correction or deletion shows after that.
   */
  private final ReusedAnswers<String, Optional<BigDecimal>> settledFigures = new ReusedAnswers<>(REUSED_FOR);
  private final ReusedAnswers<String, Forecast> programmeForecasts = new ReusedAnswers<>(PROGRAMME_REUSED_FOR);

  public Forecasts(JdbcTemplate jdbc, Clock clock, FxRates rates) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.rates = rates;
    this.revenue = WonRevenue.of(rates.programmeCurrency());
  }

  /**
   * The quarter after the current one, as of now. The programme's forecast sums the whole open
   * pipeline (tens of thousands of deals at 100 000 partners), so it is reused while no deal was
   * added and for at most {@link #PROGRAMME_REUSED_FOR}: a deal approved, won or lost shows within
   * it, and the answer's {@code asOf} says when it was computed.
   */
  @Transactional(readOnly = true)
  public Forecast nextQuarter(Long partnerId) {
    Instant now = clock.instant();
    Quarter target = next(Quarter.containing(now));
    if (partnerId != null) {
      return forecast(partnerId, target, now);
    }
    long lastDealId = lastDealId();
    return programmeForecasts.get(target.toString(), lastDealId, () -> forecast(null, target, now, lastDealId));
  }

  /**
   * @param partnerId null for the programme
   * @param target a quarter that starts at or after {@code asOf}'s quarter
   */
  @Transactional(readOnly = true)
  public Forecast forecast(Long partnerId, Quarter target, Instant asOf) {
    return forecast(partnerId, target, asOf, lastDealId());
  }

  private long lastDealId() {
    return jdbc.queryForObject("select coalesce(max(id), 0) from deal", Long.class);
  }

  private Forecast forecast(Long partnerId, Quarter target, Instant asOf, long lastDealId) {
    Quarter current = Quarter.containing(asOf);
    List<Quarter> past = new ArrayList<>();
    Quarter q = current;
    for (int i = 0; i < 4; i++) {
      q = q.previous();
      past.addFirst(q);
    }
    List<BigDecimal> history = new ArrayList<>();
    BigDecimal fromPipeline = BigDecimal.ZERO;
    for (Quarter quarter : past) {
      history.add(won(partnerId, quarter.start(), quarter.end(), null, lastDealId));
      fromPipeline = fromPipeline.add(won(partnerId, quarter.start(), quarter.end(), quarter.start(), lastDealId));
    }
    BigDecimal total = history.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal coverage =
        total.signum() == 0 ? BigDecimal.ZERO : fromPipeline.divide(total, 4, RoundingMode.HALF_UP);
    int steps = 0;
    for (Quarter t = current; !t.equals(target); t = next(t)) {
      steps++;
    }
    BigDecimal trend = damped(trend(history, 3 + 1 + steps), history);
    BigDecimal winRate = winRate(partnerId, past.getFirst().start(), current.start(), lastDealId);
    if (winRate == null && partnerId != null) {
      winRate = winRate(null, past.getFirst().start(), current.start(), lastDealId);
    }
    if (winRate == null) {
      winRate = BigDecimal.ZERO;
    }
    BigDecimal pipeline = pipeline(partnerId, target, asOf);
    BigDecimal weighted = pipeline.multiply(winRate).setScale(SCALE, RoundingMode.HALF_UP);
    BigDecimal forecast =
        weighted.add(BigDecimal.ONE.subtract(coverage).multiply(trend)).setScale(SCALE, RoundingMode.HALF_UP);
    return new Forecast(partnerId, target.toString(), asOf, history, trend, winRate, pipeline, weighted, coverage, forecast);
  }

  /**
   * Halfway between the line's projection and the quarters' mean: four noisy quarters make a steep
   * line easily, and the back-test (docs/analytics.md, "Forecast") errs less with the damped one.
   */
  static BigDecimal damped(BigDecimal line, List<BigDecimal> history) {
    if (history.isEmpty()) {
      return line;
    }
    BigDecimal mean = history.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(history.size()), TREND_MATH);
    return line.add(mean).divide(BigDecimal.valueOf(2), TREND_MATH).setScale(SCALE, RoundingMode.HALF_UP);
  }

  /** The least-squares line through the points (0, h0) .. (3, h3), at x, never below 0. */
  static BigDecimal trend(List<BigDecimal> history, int x) {
    int n = history.size();
    if (n == 0) {
      return BigDecimal.ZERO.setScale(SCALE);
    }
    BigDecimal meanX = BigDecimal.valueOf(n - 1).divide(BigDecimal.valueOf(2));
    BigDecimal meanY = history.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(n), TREND_MATH);
    BigDecimal sxy = BigDecimal.ZERO;
    BigDecimal sxx = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      BigDecimal dx = BigDecimal.valueOf(i).subtract(meanX);
      sxy = sxy.add(dx.multiply(history.get(i).subtract(meanY)));
      sxx = sxx.add(dx.multiply(dx));
    }
    BigDecimal slope = sxx.signum() == 0 ? BigDecimal.ZERO : sxy.divide(sxx, TREND_MATH);
    BigDecimal value = meanY.add(slope.multiply(BigDecimal.valueOf(x).subtract(meanX)));
    return value.max(BigDecimal.ZERO).setScale(SCALE, RoundingMode.HALF_UP);
  }

  static Quarter next(Quarter quarter) {
    return Quarter.containing(quarter.end());
  }

  private boolean settled(Long partnerId, Instant to) {
    return partnerId == null && to.plus(SETTLED_AFTER).isBefore(clock.instant());
  }

  /** Won in [from, to); with {@code registeredBefore}, only deals registered before it. */
  private BigDecimal won(Long partnerId, Instant from, Instant to, Instant registeredBefore, long lastDealId) {
    if (settled(partnerId, to)) {
      String key = "won:" + from + ":" + to + ":" + registeredBefore;
      return settledFigures.get(key, lastDealId, () -> Optional.of(wonFromDeals(null, from, to, registeredBefore))).orElseThrow();
    }
    return wonFromDeals(partnerId, from, to, registeredBefore);
  }

  private BigDecimal wonFromDeals(Long partnerId, Instant from, Instant to, Instant registeredBefore) {
    List<Object> args = new ArrayList<>(List.of(Utc.of(from), Utc.of(to)));
    String sql = "select coalesce(sum(" + revenue + "), 0) from deal where status = 'WON' and updated_at >= ? and updated_at < ?";
    if (registeredBefore != null) {
      sql += " and registered_at < ?";
      args.add(Utc.of(registeredBefore));
    }
    if (partnerId != null) {
      sql += " and partner_id = ?";
      args.add(partnerId);
    }
    return jdbc.queryForObject(sql, BigDecimal.class, args.toArray());
  }

  private BigDecimal winRate(Long partnerId, Instant from, Instant to, long lastDealId) {
    if (settled(partnerId, to)) {
      String key = "winRate:" + from + ":" + to;
      return settledFigures.get(key, lastDealId, () -> Optional.ofNullable(winRateFromDeals(null, from, to))).orElse(null);
    }
    return winRateFromDeals(partnerId, from, to);
  }

  private BigDecimal winRateFromDeals(Long partnerId, Instant from, Instant to) {
    String sql =
        "select sum(case when status = 'WON' then 1 else 0 end) as won, count(*) as closed from deal"
            + " where status in ('WON', 'LOST') and updated_at >= ? and updated_at < ?"
            + (partnerId == null ? "" : " and partner_id = ?");
    Object[] args = partnerId == null ? new Object[] {Utc.of(from), Utc.of(to)} : new Object[] {Utc.of(from), Utc.of(to), partnerId};
    return jdbc.query(
        sql,
        rs -> {
          rs.next();
          long closed = rs.getLong("closed");
          return closed == 0
              ? null
              : BigDecimal.valueOf(rs.getLong("won")).divide(BigDecimal.valueOf(closed), 4, RoundingMode.HALF_UP);
        },
        args);
  }

  /**
   * Deals open at {@code asOf} expected to close in the target quarter: registered before it, and
   * either still open (REGISTERED, APPROVED, or a win nobody has confirmed yet) or closed, expired or
   * rejected after it. A win waiting for confirmation counts at its registered amount, never at the
   * amount the partner reported. Summed per currency, each converted at the rate of {@code asOf}'s day.
   */
  private BigDecimal pipeline(Long partnerId, Quarter target, Instant asOf) {
    LocalDate first = LocalDate.ofInstant(target.start(), ZoneOffset.UTC);
    LocalDate end = LocalDate.ofInstant(target.end(), ZoneOffset.UTC);
    String sql =
        "select currency, sum(amount) as amount from deal where expected_close_date >= ? and expected_close_date < ?"
            + " and registered_at < ? and (status in ('REGISTERED', 'APPROVED', 'WON_UNVERIFIED') or updated_at >= ?)"
            + (partnerId == null ? "" : " and partner_id = ?")
            + " group by currency order by currency";
    List<Object> args = new ArrayList<>(List.of(first, end, Utc.of(asOf), Utc.of(asOf)));
    if (partnerId != null) {
      args.add(partnerId);
    }
    LocalDate day = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
    record Open(String currency, BigDecimal amount) {}
    List<Open> open = jdbc.query(sql, (rs, row) -> new Open(rs.getString("currency"), rs.getBigDecimal("amount")), args.toArray());
    return open.stream()
        .map(o -> rates.toProgramme(o.amount(), o.currency(), day).amount())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
