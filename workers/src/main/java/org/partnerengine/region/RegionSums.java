package org.partnerengine.region;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.partnerengine.deals.CreditedWins;
import org.partnerengine.money.Converter;
import org.partnerengine.money.FxRates;
import org.partnerengine.partner.Partner;
import org.partnerengine.rebates.Quarter;
import org.partnerengine.rebates.RebateAmounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sums in a region's base currency, beside the programme currency's: what the region's people read.
 *
 * <p>Worked out when read, not stored with each fact. A fact's programme amount is a property of the
 * fact (there is one programme currency) and is stored when it is verified; its amount in a region's
 * currency is not: the partner's region changes when a new region goes live and takes its country,
 * and a co-seller's share of a win is read in the co-seller's region's currency, not the owner's. So
 * each fact keeps its own amount, currency and rate date, and is converted when read at the rate of
 * that date (a won deal: the date its programme amount was booked at, its close date; an MDF request:
 * its request date), never a later one. A stored date's rate never changes (a rate imported again for
 * it is ignored), so once a fact's date has its rate the figure stays; a rate imported for a later date
 * changes nothing. With no rate on or before a fact's date: {@link org.partnerengine.money.FxRateMissing},
 * never a guessed rate.
 */
@Service
public class RegionSums {

  private final Regions regions;
  private final CountryRegions countries;
  private final CreditedWins wins;
  private final RebateAmounts rebates;
  private final FxRates rates;
  private final JdbcTemplate jdbc;

  public RegionSums(Regions regions, CountryRegions countries, CreditedWins wins, RebateAmounts rebates, FxRates rates, JdbcTemplate jdbc) {
    this.regions = regions;
    this.countries = countries;
    this.wins = wins;
    this.rebates = rebates;
    this.rates = rates;
    this.jdbc = jdbc;
  }

  /** A partner's region now and the currency its people read. */
  public record RegionCurrency(String region, String currency) {}

  /** The partner's region now (its country's before it is enriched) and that region's base currency. */
  public RegionCurrency of(Partner partner) {
    // Two columns, not the region with its countries and approvers: a scorecard asks on every read.
    return jdbc.queryForObject(
        "select code, base_currency from region where id = ?",
        (rs, row) -> new RegionCurrency(
            rs.getString("code"), rs.getString("base_currency") == null ? rates.programmeCurrency() : rs.getString("base_currency")),
        countries.regionIdOf(partner));
  }

  /**
   * A region's quarter in one currency.
   *
   * @param wonRevenue credited won revenue of the partners now in the region, closed in the quarter
   * @param mdfReserved what the requests drawing on the region's budget for the quarter hold now
   *     (RESERVED or CLAIMED)
   * @param mdfPaid what was paid out for those requests
   * @param rebates the rebates recorded for the quarter of the partners now in the region
   */
  public record Figures(String currency, BigDecimal wonRevenue, BigDecimal mdfReserved, BigDecimal mdfPaid, BigDecimal rebates) {}

  /** A region's quarter in the programme currency and in the region's own. */
  public record RegionTotals(String region, String quarter, long partners, Figures inProgrammeCurrency, Figures inRegionCurrency) {}

  @Transactional(readOnly = true)
  public RegionTotals totals(String code, Quarter quarter) {
    Region region = regions.require(code);
    long regionId = region.getId();
    Long partners = jdbc.queryForObject("select count(*) from partner where region_id = ?", Long.class, regionId);
    List<CreditedWins.CreditedWin> won = wins.ofRegion(regionId, quarter.start(), quarter.end());
    List<MdfAmount> reserved = mdf(
        "select r.reserved_amount as amount, coalesce(r.programme_amount, r.amount) as programme_amount, " + RATE_OF_REQUEST
            + " from mdf_request r where r.region_id = ? and r.budget_quarter = ? and r.status in ('RESERVED', 'CLAIMED')",
        regionId, quarter);
    List<MdfAmount> paid = mdf(
        "select p.amount as amount, coalesce(p.programme_amount, p.amount) as programme_amount, " + RATE_OF_REQUEST
            + " from mdf_payout p join mdf_request r on r.id = p.mdf_request_id where r.region_id = ? and r.budget_quarter = ?",
        regionId, quarter);
    String programme = rates.programmeCurrency();
    Converter inProgramme = rates.into(programme);
    Figures programmeFigures = new Figures(
        programme, wins.inProgrammeCurrency(won), programmeSum(reserved, programme), programmeSum(paid, programme),
        rebates.totalIn(inProgramme, regionId, quarter));
    String currency = region.baseCurrencyOr(programme);
    Figures regionFigures;
    if (currency.equals(programme)) {
      regionFigures = programmeFigures;
    } else {
      Converter inRegion = rates.into(currency);
      regionFigures = new Figures(
          currency, wins.in(inRegion, won), sum(inRegion, reserved), sum(inRegion, paid), rebates.totalIn(inRegion, regionId, quarter));
    }
    return new RegionTotals(region.getCode(), quarter.toString(), partners == null ? 0 : partners, programmeFigures, regionFigures);
  }

  /** An MDF amount in the request's currency, at its request date's rate, and as drawn in the programme currency. */
  private record MdfAmount(BigDecimal amount, String currency, LocalDate rateDate, BigDecimal programmeAmount) {}

  /** A request's currency (one from before currencies was in the programme currency) and the date of its rate. */
  private static final String RATE_OF_REQUEST =
      "coalesce(r.currency, ?) as currency, coalesce(r.fx_rate_date, cast(r.requested_at as date)) as rate_date";

  /**
   * MDF amounts of the requests drawing on the region's budget for the quarter: the region they were
   * requested in, whose budget they hold, whichever region their partner is in now.
   */
  private List<MdfAmount> mdf(String sql, long regionId, Quarter quarter) {
    return jdbc.query(
        sql,
        (rs, row) -> new MdfAmount(
            rs.getBigDecimal("amount"), rs.getString("currency"), rs.getObject("rate_date", LocalDate.class), rs.getBigDecimal("programme_amount")),
        rates.programmeCurrency(),
        regionId,
        quarter.toString());
  }

  private static BigDecimal programmeSum(List<MdfAmount> amounts, String programme) {
    return FxRates.round(amounts.stream().map(MdfAmount::programmeAmount).reduce(BigDecimal.ZERO, BigDecimal::add), programme);
  }

  private static BigDecimal sum(Converter converter, List<MdfAmount> amounts) {
    BigDecimal total = BigDecimal.ZERO;
    for (MdfAmount amount : amounts) {
      total = total.add(converter.convert(amount.amount(), amount.currency(), amount.rateDate()));
    }
    return FxRates.round(total, converter.target());
  }
}
