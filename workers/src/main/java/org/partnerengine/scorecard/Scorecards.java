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
import java.util.Map;
import org.partnerengine.analytics.AnalyticsSettings;
import org.partnerengine.analytics.Utc;
import org.partnerengine.deals.CreditedRevenue;
import org.partnerengine.deals.CreditedWins;
import org.partnerengine.deals.CreditedWins.CreditedWin;
import org.partnerengine.deals.WonRevenue;
import org.partnerengine.money.Converter;
import org.partnerengine.money.FxRates;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.Partners;
import org.partnerengine.rebates.Quarter;
import org.partnerengine.rebates.Rebate;
import org.partnerengine.rebates.RebateAmounts;
import org.partnerengine.region.RegionSums;
import org.partnerengine.region.RegionSums.RegionCurrency;
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
 *
 * <p>The same amounts in the currency of the partner's region now ({@link RegionSums}): each win,
 * payout and rebate converted at the rate of its own date, so a partner that moved into a new region
 * reads its whole history in that region's currency.
 */
@Component
public class Scorecards {

  private final Partners partners;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final AnalyticsSettings settings;
  private final FxRates rates;
  private final CreditedWins wins;
  private final RebateAmounts rebates;
  private final RegionSums regionSums;
  private final String revenue;
  private final String creditedRevenue;

  public Scorecards(
      Partners partners,
      JdbcTemplate jdbc,
      Clock clock,
      AnalyticsSettings settings,
      FxRates rates,
      CreditedWins wins,
      RebateAmounts rebates,
      RegionSums regionSums) {
    this.partners = partners;
    this.jdbc = jdbc;
    this.clock = clock;
    this.settings = settings;
    this.rates = rates;
    this.wins = wins;
    this.rebates = rebates;
    this.regionSums = regionSums;
    this.revenue = WonRevenue.of(rates.programmeCurrency());
    this.creditedRevenue = CreditedRevenue.sumBetween(rates.programmeCurrency());
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
    List<Quarter> lastEight = new ArrayList<>();
    Quarter quarter = Quarter.containing(now);
    for (int i = 0; i < 7; i++) {
      quarter = quarter.previous();
    }
    for (int i = 0; i < 8; i++) {
      lastEight.add(quarter);
      quarter = Quarter.containing(quarter.end());
    }
    Map<String, Rebate> recorded = rebates.ofPartner(partnerId);
    Converter inProgramme = rates.into(rates.programmeCurrency());
    List<Scorecard.QuarterRevenue> quarters = new ArrayList<>();
    for (Quarter q : lastEight) {
      Rebate rebate = recorded.get(q.toString());
      quarters.add(new Scorecard.QuarterRevenue(
          q.toString(), wonRevenue(partnerId, q.start(), q.end()), rebate == null ? null : rebates.in(inProgramme, rebate)));
    }
    DealWindow last90Days = window(partnerId, now.minus(Duration.ofDays(90)), now);
    DealWindow last12Months = window(partnerId, twelveMonthsAgo, now);
    BigDecimal attributed = attributedRevenue(partnerId, inProgramme);
    RegionCurrency region = regionSums.of(partner);
    Scorecard.InRegionCurrency inRegion =
        region.currency().equals(rates.programmeCurrency())
            ? new Scorecard.InRegionCurrency(
                region.region(), region.currency(), new Scorecard.WindowRevenue(last90Days.wonRevenue()),
                new Scorecard.WindowRevenue(last12Months.wonRevenue()), mdfSpent, attributed, quarters)
            : inRegionCurrency(partnerId, region, now, twelveMonthsAgo, lastEight, recorded);
    return new Scorecard(
        partnerId,
        now,
        partner.getStage(),
        entered,
        Duration.between(entered, now).toDays(),
        partner.getTier(),
        tierReason,
        last90Days,
        last12Months,
        active,
        expiring,
        mdfSpent,
        attributed,
        settings.attributionWindow().toDays(),
        quarters,
        rates.programmeCurrency(),
        inRegion);
  }

  /**
   * The amounts in a region's currency other than the programme's: the partner's credited wins of the
   * eight quarters and the last twelve months read once and placed in each window, each converted at
   * its own rate date; its payouts at their requests' rate dates; its rebates from the wins they were
   * worked out from.
   */
  private Scorecard.InRegionCurrency inRegionCurrency(
      long partnerId, RegionCurrency region, Instant now, Instant twelveMonthsAgo, List<Quarter> lastEight, Map<String, Rebate> recorded) {
    Converter inRegion = rates.into(region.currency());
    Instant from = lastEight.getFirst().start().isBefore(twelveMonthsAgo) ? lastEight.getFirst().start() : twelveMonthsAgo;
    Instant to = lastEight.getLast().end().isAfter(now) ? lastEight.getLast().end() : now;
    List<CreditedWin> credited = wins.ofPartner(partnerId, from, to);
    List<Scorecard.QuarterRevenue> quarters = new ArrayList<>();
    for (Quarter q : lastEight) {
      Rebate rebate = recorded.get(q.toString());
      quarters.add(new Scorecard.QuarterRevenue(
          q.toString(), wins.in(inRegion, closedIn(credited, q.start(), q.end())), rebate == null ? null : rebates.in(inRegion, rebate)));
    }
    List<PaidMdf> payouts =
        jdbc.query(
            "select p.amount, coalesce(r.currency, ?) as currency, coalesce(r.fx_rate_date, cast(r.requested_at as date)) as rate_date"
                + " from mdf_payout p join mdf_request r on r.id = p.mdf_request_id where r.partner_id = ?",
            (rs, row) -> new PaidMdf(rs.getBigDecimal("amount"), rs.getString("currency"), rs.getObject("rate_date", LocalDate.class)),
            rates.programmeCurrency(),
            partnerId);
    BigDecimal mdfSpent = BigDecimal.ZERO;
    for (PaidMdf paid : payouts) {
      mdfSpent = mdfSpent.add(inRegion.convert(paid.amount(), paid.currency(), paid.rateDate()));
    }
    return new Scorecard.InRegionCurrency(
        region.region(),
        region.currency(),
        new Scorecard.WindowRevenue(wins.in(inRegion, closedIn(credited, now.minus(Duration.ofDays(90)), now))),
        new Scorecard.WindowRevenue(wins.in(inRegion, closedIn(credited, twelveMonthsAgo, now))),
        FxRates.round(mdfSpent, region.currency()),
        attributedRevenue(partnerId, inRegion),
        quarters);
  }

  private record PaidMdf(BigDecimal amount, String currency, LocalDate rateDate) {}

  private static List<CreditedWin> closedIn(List<CreditedWin> wins, Instant from, Instant to) {
    return wins.stream().filter(w -> !w.closedAt().isBefore(from) && w.closedAt().isBefore(to)).toList();
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
  private BigDecimal attributedRevenue(long partnerId, Converter converter) {
    List<LocalDate> planned =
        jdbc.queryForList(
            "select r.planned_date from mdf_request r join mdf_payout p on p.mdf_request_id = r.id where r.partner_id = ?",
            LocalDate.class,
            partnerId);
    if (planned.isEmpty()) {
      return BigDecimal.ZERO;
    }
    boolean inProgramme = converter.target().equals(rates.programmeCurrency());
    BigDecimal total = BigDecimal.ZERO;
    List<WonDeal> deals =
        jdbc.query(
            "select " + revenue + " as revenue, coalesce(outcome_amount, amount) as amount, currency,"
                + " coalesce(fx_rate_date, closed_on, cast(updated_at as date)) as rate_date, updated_at"
                + " from deal where partner_id = ? and status = 'WON'",
            (rs, row) -> new WonDeal(
                rs.getBigDecimal("revenue"), rs.getBigDecimal("amount"), rs.getString("currency"),
                rs.getObject("rate_date", LocalDate.class), Utc.read(rs, "updated_at")),
            partnerId);
    for (WonDeal deal : deals) {
      Instant closedAt = deal.closedAt();
      boolean attributed =
          planned.stream()
              .map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant())
              .anyMatch(start -> !closedAt.isBefore(start) && closedAt.isBefore(start.plus(settings.attributionWindow())));
      if (attributed && deal.revenue() != null) {
        total = total.add(inProgramme ? deal.revenue() : converter.convert(deal.amount(), deal.currency(), deal.rateDate()));
      }
    }
    return inProgramme ? total : FxRates.round(total, converter.target());
  }

  /** A win: as counted in the programme currency (null: it counts nowhere yet), and as won. */
  private record WonDeal(BigDecimal revenue, BigDecimal amount, String currency, LocalDate rateDate, Instant closedAt) {}

  private long count(String sql, Object... args) {
    Long value = jdbc.queryForObject(sql, Long.class, args);
    return value == null ? 0 : value;
  }
}
