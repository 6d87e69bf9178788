package org.partnerengine.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.analytics.AnalyticsFixtures;
import org.partnerengine.analytics.GeneratedHistory;
import org.partnerengine.analytics.Utc;
import org.partnerengine.deals.DealProgrammeAmounts;
import org.partnerengine.money.FxQuote;
import org.partnerengine.money.FxRateMissing;
import org.partnerengine.money.FxRates;
import org.partnerengine.rebates.CalculateRebateWorker;
import org.partnerengine.rebates.CollectQuarterRevenueWorker;
import org.partnerengine.rebates.Quarter;
import org.partnerengine.rebates.RebateSettings;
import org.partnerengine.region.RegionSums.RegionTotals;
import org.partnerengine.scorecard.Scorecard;
import org.partnerengine.scorecard.ScorecardFixtures;
import org.partnerengine.scorecard.Scorecards;
import org.partnerengine.tiering.TieringConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A partner in the UK region (base currency GBP, programme currency EUR) won 1000 USD on 12 October
 * and 500 EUR on 20 November 2026, on days with different rates: the scorecard, the rebate and the
 * region's totals say the same pounds, each win at its own close date's rate, worked out here from
 * the rates the test imports; nothing moves when rates are imported later.
 */
@DatabaseTest
@Import({
  AnalyticsFixtures.class,
  ScorecardFixtures.class,
  DealProgrammeAmounts.class,
  TieringConfiguration.class,
  CollectQuarterRevenueWorker.class,
  CalculateRebateWorker.class,
  RegionCurrencySumsTest.Settings.class
})
class RegionCurrencySumsTest {

  @TestConfiguration(proxyBeanMethods = false)
  static class Settings {
    @Bean
    RebateSettings rebateSettings() {
      return new RebateSettings(null, null);
    }
  }

  static final LocalDate DOLLARS_WON = LocalDate.of(2026, 10, 12);
  static final LocalDate EUROS_WON = LocalDate.of(2026, 11, 20);
  static final Quarter Q4 = Quarter.parse("2026-Q4");
  static final BigDecimal REBATE_PERCENT = new BigDecimal("10");

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired EntityManager entities;
  @Autowired FxRates rates;
  @Autowired Regions regions;
  @Autowired DealProgrammeAmounts programmeAmounts;
  @Autowired Scorecards scorecards;
  @Autowired RegionSums sums;
  @Autowired CollectQuarterRevenueWorker collectRevenue;
  @Autowired CalculateRebateWorker calculateRebate;

  /** What the test imported: per day, how many of each currency one euro bought. */
  private final Map<LocalDate, Map<String, BigDecimal>> perEuro = new HashMap<>();

  GeneratedHistory history;
  long uk;
  long partnerId;
  long dollarDeal;

  @BeforeEach
  void aPartnerInTheUkWonDollarsAndEuros() {
    euroBought(DOLLARS_WON, "USD", "1.10", "GBP", "0.85");
    euroBought(EUROS_WON, "USD", "1.20", "GBP", "0.90");
    uk = regions.saveAndFlush(new Region("UK", "United Kingdom", "GBP", "en", List.of("GB"), List.of(), Instant.parse("2026-01-01T00:00:00Z")))
        .getId();
    history = new GeneratedHistory(dataSource);
    partnerId = history.partner("ACTIVE", "GOLD", Instant.parse("2025-01-01T00:00:00Z"));
    moveInto(partnerId, uk);
    dollarDeal = win(partnerId, "1000.00", "USD", DOLLARS_WON);
    win(partnerId, "500.00", "EUR", EUROS_WON);
    assertThat(programmeAmounts.backfill()).isZero();
  }

  @Test
  void aDollarWinAndAEuroWinAddUpInPoundsEachAtItsCloseDatesRate() {
    BigDecimal pounds = pounds("1000.00", "USD", DOLLARS_WON).add(pounds("500.00", "EUR", EUROS_WON));
    BigDecimal euros = euros("1000.00", "USD", DOLLARS_WON).add(new BigDecimal("500.00"));

    Scorecard card = scorecards.of(partnerId);
    assertThat(card.currency()).isEqualTo("EUR");
    assertThat(card.last12Months().wonRevenue()).isEqualByComparingTo(euros);
    assertThat(card.quarters().getLast().wonRevenue()).isEqualByComparingTo(euros);
    assertThat(card.inRegionCurrency().region()).isEqualTo("UK");
    assertThat(card.inRegionCurrency().currency()).isEqualTo("GBP");
    assertThat(card.inRegionCurrency().last12Months().wonRevenue()).isEqualByComparingTo(pounds);
    assertThat(card.inRegionCurrency().last90Days().wonRevenue()).isEqualByComparingTo(pounds);
    assertThat(card.inRegionCurrency().quarters().getLast()).isEqualTo(new Scorecard.QuarterRevenue("2026-Q4", pounds, null));

    RegionTotals totals = sums.totals("UK", Q4);
    assertThat(totals.partners()).isEqualTo(1);
    assertThat(totals.inRegionCurrency().currency()).isEqualTo("GBP");
    assertThat(totals.inRegionCurrency().wonRevenue()).isEqualByComparingTo(pounds);
    assertThat(totals.inProgrammeCurrency().currency()).isEqualTo("EUR");
    assertThat(totals.inProgrammeCurrency().wonRevenue()).isEqualByComparingTo(euros);
    assertThat(sums.totals("UK", Q4.previous()).inRegionCurrency().wonRevenue()).isZero();
  }

  @Test
  void aRateImportedLaterForTheCloseDateOrAfterItChangesNoFigure() {
    Scorecard before = scorecards.of(partnerId);
    RegionTotals totalsBefore = sums.totals("UK", Q4);

    rates.store(List.of(
        new FxQuote(DOLLARS_WON, "EUR", "GBP", new BigDecimal("0.50")), // that day's rate is stored already: it stays
        new FxQuote(DOLLARS_WON.plusDays(1), "EUR", "USD", new BigDecimal("3.00")),
        new FxQuote(DOLLARS_WON.plusDays(1), "EUR", "GBP", new BigDecimal("0.50")),
        new FxQuote(LocalDate.of(2026, 12, 1), "EUR", "GBP", new BigDecimal("0.50"))));

    assertThat(scorecards.of(partnerId)).isEqualTo(before);
    assertThat(sums.totals("UK", Q4)).isEqualTo(totalsBefore);
  }

  @Test
  void theRebateInPoundsIsItsRateTimesTheSameWinsInPounds() {
    recordRebate();
    BigDecimal pounds = pounds("1000.00", "USD", DOLLARS_WON).add(pounds("500.00", "EUR", EUROS_WON));
    BigDecimal euros = euros("1000.00", "USD", DOLLARS_WON).add(new BigDecimal("500.00"));
    BigDecimal rebateInPounds = percentOf(pounds);

    Scorecard card = scorecards.of(partnerId);
    assertThat(card.quarters().getLast().rebate()).isEqualByComparingTo(percentOf(euros));
    assertThat(card.inRegionCurrency().quarters().getLast().rebate()).isEqualByComparingTo(rebateInPounds);
    RegionTotals totals = sums.totals("UK", Q4);
    assertThat(totals.inProgrammeCurrency().rebates()).isEqualByComparingTo(percentOf(euros));
    assertThat(totals.inRegionCurrency().rebates()).isEqualByComparingTo(rebateInPounds);

    rates.store(List.of(new FxQuote(LocalDate.of(2027, 1, 2), "EUR", "GBP", new BigDecimal("0.10"))));
    assertThat(scorecards.of(partnerId).inRegionCurrency().quarters().getLast().rebate()).isEqualByComparingTo(rebateInPounds);
  }

  @Test
  void aSplitApprovedAfterTheRebateMovesTheQuarterButNotTheRebateAndTheCoSellerReadsItsShareInItsOwnCurrency() {
    recordRebate();
    BigDecimal rebateInPounds = scorecards.of(partnerId).inRegionCurrency().quarters().getLast().rebate();
    long coSeller = history.partner("ACTIVE", "SILVER", Instant.parse("2025-01-01T00:00:00Z"));
    moveInto(coSeller, regions.catchAll().getId());

    approveSplit(dollarDeal, partnerId, coSeller, "40.00", Instant.parse("2027-01-05T10:00:00Z"));

    Scorecard owner = scorecards.of(partnerId);
    BigDecimal ownerPounds = pounds("1000.00", "USD", DOLLARS_WON).multiply(new BigDecimal("0.60")).add(pounds("500.00", "EUR", EUROS_WON));
    assertThat(owner.inRegionCurrency().quarters().getLast().wonRevenue()).isEqualByComparingTo(round(ownerPounds));
    assertThat(owner.inRegionCurrency().quarters().getLast().rebate()).as("recorded before the split").isEqualByComparingTo(rebateInPounds);
    Scorecard other = scorecards.of(coSeller);
    assertThat(other.inRegionCurrency().currency()).isEqualTo("EUR");
    assertThat(other.inRegionCurrency().quarters().getLast().wonRevenue())
        .isEqualByComparingTo(round(euros("1000.00", "USD", DOLLARS_WON).multiply(new BigDecimal("0.40"))));
    assertThat(sums.totals("UK", Q4).inRegionCurrency().rebates()).isEqualByComparingTo(rebateInPounds);
  }

  @Test
  void fundsReservedAndPaidAreInPoundsAtTheirRequestDatesRates() {
    long paid = mdfRequest("200.00", "USD", DOLLARS_WON, "PAID");
    BigDecimal paidEuros = euros("150.00", "USD", DOLLARS_WON);
    jdbc.update("insert into mdf_payout (mdf_request_id, amount, programme_amount, paid_at) values (?, 150.00, ?, ?)",
        paid, paidEuros, Utc.of(Instant.parse("2026-12-10T10:00:00Z")));
    mdfRequest("300.00", "EUR", EUROS_WON, "RESERVED");
    mdfRequest("999.00", "EUR", EUROS_WON, "RELEASED");

    RegionTotals totals = sums.totals("UK", Q4);
    assertThat(totals.inProgrammeCurrency().mdfReserved()).isEqualByComparingTo("300.00");
    assertThat(totals.inProgrammeCurrency().mdfPaid()).isEqualByComparingTo(paidEuros);
    assertThat(totals.inRegionCurrency().mdfReserved()).isEqualByComparingTo(pounds("300.00", "EUR", EUROS_WON));
    assertThat(totals.inRegionCurrency().mdfPaid()).isEqualByComparingTo(pounds("150.00", "USD", DOLLARS_WON));
    Scorecard card = scorecards.of(partnerId);
    assertThat(card.mdfSpent()).isEqualByComparingTo(paidEuros);
    assertThat(card.inRegionCurrency().mdfSpent()).isEqualByComparingTo(pounds("150.00", "USD", DOLLARS_WON));
  }

  @Test
  void aPartnerOfTheCatchAllReadsTheProgrammeCurrencyAndReadsPoundsOnceItsRegionIsTheUk() {
    long global = history.partner("ACTIVE", "GOLD", Instant.parse("2025-01-01T00:00:00Z"));
    moveInto(global, regions.catchAll().getId());
    win(global, "1000.00", "USD", DOLLARS_WON);
    programmeAmounts.backfill();

    Scorecard inGlobal = scorecards.of(global);
    assertThat(inGlobal.inRegionCurrency().region()).isEqualTo("GLOBAL");
    assertThat(inGlobal.inRegionCurrency().currency()).isEqualTo("EUR");
    assertThat(inGlobal.inRegionCurrency().quarters()).isEqualTo(inGlobal.quarters());
    assertThat(inGlobal.inRegionCurrency().last12Months().wonRevenue()).isEqualByComparingTo(euros("1000.00", "USD", DOLLARS_WON));
    RegionTotals globalTotals = sums.totals("GLOBAL", Q4);
    assertThat(globalTotals.inRegionCurrency()).isEqualTo(globalTotals.inProgrammeCurrency());

    moveInto(global, uk); // as the region's going live moves the partners of its countries
    Scorecard inUk = scorecards.of(global);
    assertThat(inUk.inRegionCurrency().currency()).isEqualTo("GBP");
    assertThat(inUk.inRegionCurrency().last12Months().wonRevenue()).isEqualByComparingTo(pounds("1000.00", "USD", DOLLARS_WON));
    assertThat(inUk.quarters()).isEqualTo(inGlobal.quarters());
  }

  @Test
  void withoutARateIntoTheRegionsCurrencyForAWinsDateNothingIsGuessed() {
    LocalDate early = LocalDate.of(2026, 9, 15);
    rates.store(List.of(new FxQuote(early, "EUR", "USD", new BigDecimal("1.05")))); // no pound rate until 12 October
    win(partnerId, "100.00", "USD", early);
    programmeAmounts.backfill();

    assertThatThrownBy(() -> scorecards.of(partnerId)).isInstanceOf(FxRateMissing.class).hasMessageContaining("from USD into GBP on or before 2026-09-15");
    assertThatThrownBy(() -> sums.totals("UK", Quarter.parse("2026-Q3"))).isInstanceOf(FxRateMissing.class).hasMessageContaining("2026-09-15");
  }

  private void recordRebate() {
    CollectQuarterRevenueWorker.QuarterRevenue revenue = collectRevenue.collect(partnerId, Q4.toString());
    calculateRebate.calculate(partnerId, Q4.toString(), revenue.tier(), revenue.quarterlyRevenue(), REBATE_PERCENT);
  }

  private void euroBought(LocalDate day, String first, String firstRate, String second, String secondRate) {
    rates.store(List.of(new FxQuote(day, "EUR", first, new BigDecimal(firstRate)), new FxQuote(day, "EUR", second, new BigDecimal(secondRate))));
    perEuro.put(day, Map.of("EUR", BigDecimal.ONE, first, new BigDecimal(firstRate), second, new BigDecimal(secondRate)));
  }

  /** The amount in pounds by the documented rule: the cross rate through the euro, kept with 12 decimals; the amount rounded to pence. */
  private BigDecimal pounds(String amount, String currency, LocalDate day) {
    return convert(amount, currency, "GBP", day);
  }

  private BigDecimal euros(String amount, String currency, LocalDate day) {
    return convert(amount, currency, "EUR", day);
  }

  private BigDecimal convert(String amount, String from, String to, LocalDate day) {
    Map<String, BigDecimal> rate = perEuro.get(day);
    BigDecimal cross = rate.get(to).divide(rate.get(from), new MathContext(20, RoundingMode.HALF_EVEN)).setScale(12, RoundingMode.HALF_EVEN);
    return new BigDecimal(amount).multiply(cross).setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal percentOf(BigDecimal revenue) {
    return revenue.multiply(REBATE_PERCENT).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal round(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  private void moveInto(long partner, long regionId) {
    jdbc.update("update partner set region_id = ? where id = ?", regionId, partner);
    entities.clear(); // the next read loads the partner as stored, as the next request would
  }

  /** A verified win reported on the day (its close date), waiting to be booked in the programme currency. */
  private long win(long partner, String amount, String currency, LocalDate day) {
    Instant closed = day.atTime(15, 0).toInstant(ZoneOffset.UTC);
    long deal = history.deal(partner, new BigDecimal(amount), "WON", closed.minusSeconds(30 * 86_400), closed, day);
    jdbc.update("update deal set currency = ?, closed_on = ? where id = ?", currency, day, deal);
    return deal;
  }

  private void approveSplit(long deal, long owner, long coSeller, String coSellerPercent, Instant decidedAt) {
    jdbc.update("insert into deal_split (deal_id, owner_partner_id, status, proposed_by, proposed_at, decided_by, decided_at, version)"
        + " values (?, ?, 'APPROVED', 'manager', ?, 'approver', ?, 0)", deal, owner, Utc.of(decidedAt.minusSeconds(3600)), Utc.of(decidedAt));
    long split = jdbc.queryForObject("select max(id) from deal_split", Long.class);
    BigDecimal share = new BigDecimal(coSellerPercent);
    jdbc.update("insert into deal_split_share (split_id, partner_id, role, share_percent) values (?, ?, 'OWNER', ?)",
        split, owner, BigDecimal.valueOf(100).subtract(share));
    jdbc.update("insert into deal_split_share (split_id, partner_id, role, share_percent) values (?, ?, 'SOURCED', ?)", split, coSeller, share);
  }

  /** A request of the partner drawing on the UK's budget for the fourth quarter, converted on its request day. */
  private long mdfRequest(String amount, String currency, LocalDate requested, String status) {
    jdbc.update(
        "insert into mdf_request (partner_id, region_id, tier, activity, amount, currency, programme_amount, programme_currency, fx_rate,"
            + " fx_rate_date, planned_date, budget_quarter, status, reserved_amount, requested_at, updated_at, version)"
            + " values (?, ?, 'GOLD', 'Event', ?, ?, ?, 'EUR', 1, ?, ?, '2026-Q4', ?, ?, ?, ?, 0)",
        partnerId, uk, new BigDecimal(amount), currency, euros(amount, currency, requested), requested, LocalDate.of(2026, 12, 1), status,
        new BigDecimal(amount), Utc.of(requested.atTime(9, 0).toInstant(ZoneOffset.UTC)), Utc.of(requested.atTime(9, 0).toInstant(ZoneOffset.UTC)));
    return jdbc.queryForObject("select max(id) from mdf_request", Long.class);
  }
}
