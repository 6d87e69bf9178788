package org.partnerengine.deals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.partnerengine.money.Converter;
import org.partnerengine.money.FxRates;
import org.partnerengine.money.MoneySettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The wins behind a credited revenue sum ({@link CreditedRevenue}), row by row with the amount and
 * currency each was won in and the date of its rate, so the same wins can be added up in another
 * currency than the programme's: a region's. Exactly the rows {@link WonRevenue} counts, so both
 * figures describe the same wins.
 *
 * <p>A win's rate date is the date of the rate its programme amount was booked at ({@code
 * fx_rate_date}: its close date's, or the latest before it when the close date had none yet), else
 * its close date: the programme and the region figure of one win rest on the same day.
 */
@Component
public class CreditedWins {

  private final JdbcTemplate jdbc;
  private final String programmeCurrency;

  public CreditedWins(JdbcTemplate jdbc, MoneySettings money) {
    this.jdbc = jdbc;
    this.programmeCurrency = money.programmeCurrency();
  }

  /**
   * One partner's share of one win.
   *
   * @param programmeRevenue the whole win in the programme currency, as {@link WonRevenue} counts it
   * @param amount the whole win in its own currency
   * @param sharePercent the partner's share (100 without an approved split)
   * @param closedAt when it was won (its last update), which places it in a window
   */
  public record CreditedWin(
      long partnerId,
      BigDecimal programmeRevenue,
      BigDecimal amount,
      String currency,
      LocalDate rateDate,
      BigDecimal sharePercent,
      Instant closedAt) {}

  /** Who is credited: one partner, or the partners now in one region. */
  private enum Scope {
    PARTNER("%s = ?"),
    REGION("%s in (select p.id from partner p where p.region_id = ?)");

    private final String condition;

    Scope(String condition) {
      this.condition = condition;
    }
  }

  /** A partner's credited wins closed in {@code [from, to)}, with the splits approved now. */
  public List<CreditedWin> ofPartner(long partnerId, Instant from, Instant to) {
    return query(Scope.PARTNER, partnerId, from, to, null);
  }

  /** The credited wins of the partners now in the region, closed in {@code [from, to)}. */
  public List<CreditedWin> ofRegion(long regionId, Instant from, Instant to) {
    return query(Scope.REGION, regionId, from, to, null);
  }

  /**
   * The wins a partner's rebate for {@code quarter} was worked out from: closed in the quarter, with
   * the splits approved by the time the rebate was recorded (a split approved later does not move a
   * recorded rebate). None without a rebate.
   */
  public List<CreditedWin> ofPartnerRebate(long partnerId, String quarter, Instant from, Instant to) {
    return query(Scope.PARTNER, partnerId, from, to, quarter);
  }

  /** The same for every partner now in the region with a rebate for the quarter. */
  public List<CreditedWin> ofRegionRebates(long regionId, String quarter, Instant from, Instant to) {
    return query(Scope.REGION, regionId, from, to, quarter);
  }

  /** The rows' credited revenue in the programme currency, as {@link CreditedRevenue} sums it. */
  public BigDecimal inProgrammeCurrency(List<CreditedWin> wins) {
    BigDecimal total = BigDecimal.ZERO;
    for (CreditedWin win : wins) {
      total = total.add(share(win.programmeRevenue(), win));
    }
    return total.setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * The rows' credited revenue in the converter's currency: each win converted at its own rate date
   * and rounded as every conversion is, then its share taken, the sum rounded to the currency's minor
   * unit. In the programme currency, the programme sum itself (the booked amounts, no rate asked).
   */
  public BigDecimal in(Converter converter, List<CreditedWin> wins) {
    if (converter.target().equals(programmeCurrency)) {
      return inProgrammeCurrency(wins);
    }
    BigDecimal total = BigDecimal.ZERO;
    for (CreditedWin win : wins) {
      total = total.add(share(converter.convert(win.amount(), win.currency(), win.rateDate()), win));
    }
    return FxRates.round(total, converter.target());
  }

  private static BigDecimal share(BigDecimal whole, CreditedWin win) {
    return win.sharePercent().compareTo(BigDecimal.valueOf(100)) == 0
        ? whole
        : whole.multiply(win.sharePercent()).divide(BigDecimal.valueOf(100));
  }

  private List<CreditedWin> query(Scope scope, long id, Instant from, Instant to, String rebateQuarter) {
    String revenue = WonRevenue.of(programmeCurrency, "deal");
    String columns =
        revenue + " as programme_revenue, coalesce(deal.outcome_amount, deal.amount) as amount,"
            + " deal.currency as currency,"
            + " coalesce(deal.fx_rate_date, deal.closed_on, cast(deal.updated_at as date)) as rate_date, deal.updated_at";
    String won = " and deal.status = 'WON' and deal.updated_at >= ? and deal.updated_at < ? and " + revenue + " is not null";
    boolean asOfRebate = rebateQuarter != null;
    String splitDecided = asOfRebate ? " and s.decided_at <= rb.calculated_at" : "";
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder();
    sql.append("select deal.partner_id as partner_id, ").append(columns).append(", cast(100 as decimal(5,2)) as share_percent from deal");
    if (asOfRebate) {
      sql.append(" join rebate rb on rb.partner_id = deal.partner_id and rb.quarter = ?");
      args.add(rebateQuarter);
    }
    sql.append(" where ").append(scope.condition.formatted("deal.partner_id")).append(won);
    args.addAll(List.of(id, utc(from), utc(to)));
    sql.append(" and not exists (select 1 from deal_split s where s.deal_id = deal.id and s.status = 'APPROVED'")
        .append(splitDecided).append(")");
    sql.append(" union all select sh.partner_id as partner_id, ").append(columns).append(", sh.share_percent as share_percent")
        .append(" from deal_split_share sh join deal_split s on s.id = sh.split_id and s.status = 'APPROVED'")
        .append(" join deal on deal.id = s.deal_id");
    if (asOfRebate) {
      sql.append(" join rebate rb on rb.partner_id = sh.partner_id and rb.quarter = ?");
      args.add(rebateQuarter);
    }
    sql.append(" where ").append(scope.condition.formatted("sh.partner_id")).append(won).append(splitDecided);
    args.addAll(List.of(id, utc(from), utc(to)));
    return jdbc.query(
        sql.toString(),
        (rs, row) -> {
          LocalDateTime closed = rs.getObject("updated_at", LocalDateTime.class);
          return new CreditedWin(
              rs.getLong("partner_id"),
              rs.getBigDecimal("programme_revenue"),
              rs.getBigDecimal("amount"),
              rs.getString("currency"),
              rs.getObject("rate_date", LocalDate.class),
              rs.getBigDecimal("share_percent"),
              closed.toInstant(ZoneOffset.UTC));
        },
        args.toArray());
  }

  private static LocalDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC).toLocalDateTime();
  }
}
