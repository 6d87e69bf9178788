package org.partnerengine.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.analytics.AnalyticsFixtures;
import org.partnerengine.analytics.GeneratedHistory;
import org.partnerengine.attention.AttentionFactsCollector;
import org.partnerengine.deals.DealProgrammeAmounts;
import org.partnerengine.forecast.Forecast;
import org.partnerengine.forecast.Forecasts;
import org.partnerengine.rebates.CalculateRebateWorker;
import org.partnerengine.rebates.CollectQuarterRevenueWorker;
import org.partnerengine.rebates.Quarter;
import org.partnerengine.rebates.RebateSettings;
import org.partnerengine.rebates.Rebates;
import org.partnerengine.scorecard.Scorecard;
import org.partnerengine.scorecard.ScorecardFixtures;
import org.partnerengine.scorecard.Scorecards;
import org.partnerengine.tiering.TierFactsSource;
import org.partnerengine.tiering.TieringConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A partner won 100 EUR and 100 USD in November 2026 (1 EUR = 1.25 USD then): every sum says 180 EUR,
 * before and after the dollar falls to 2.50 in December, and a dollar win whose close date has no
 * rate counts nowhere rather than at a guessed one.
 */
@DatabaseTest
@Import({
  AnalyticsFixtures.class,
  DealProgrammeAmounts.class,
  ScorecardFixtures.class,
  Forecasts.class,
  AttentionFactsCollector.class,
  org.partnerengine.prediction.ChurnRisk.class,
  org.partnerengine.prediction.PartnerSnapshots.class,
  TieringConfiguration.class,
  CollectQuarterRevenueWorker.class,
  CalculateRebateWorker.class,
  ProgrammeCurrencySumsTest.Settings.class
})
class ProgrammeCurrencySumsTest {

  @TestConfiguration(proxyBeanMethods = false)
  static class Settings {
    @Bean
    RebateSettings rebateSettings() {
      return new RebateSettings(null, null);
    }
  }

  static final Instant CLOSED = Instant.parse("2026-11-10T10:00:00Z");

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired FxRates rates;
  @Autowired DealProgrammeAmounts programmeAmounts;
  @Autowired Scorecards scorecards;
  @Autowired Forecasts forecasts;
  @Autowired AttentionFactsCollector attention;
  @Autowired TierFactsSource tierFacts;
  @Autowired CollectQuarterRevenueWorker collectRevenue;
  @Autowired CalculateRebateWorker calculateRebate;
  @Autowired Rebates rebates;

  long partnerId;

  @BeforeEach
  void aPartnerWonInEurosAndDollars() {
    usdPerEuro("2026-11-02", "1.25");
    GeneratedHistory history = new GeneratedHistory(dataSource);
    partnerId = history.partner("ACTIVE", "GOLD", Instant.parse("2025-01-01T00:00:00Z"));
    Instant registered = Instant.parse("2026-10-01T09:00:00Z");
    long euros = history.deal(partnerId, new BigDecimal("100.00"), "WON", registered, CLOSED, LocalDate.of(2026, 11, 30));
    long dollars = history.deal(partnerId, new BigDecimal("100.00"), "WON", registered, CLOSED, LocalDate.of(2026, 11, 30));
    long tooEarly = history.deal(partnerId, new BigDecimal("100.00"), "WON", registered, Instant.parse("2026-10-05T10:00:00Z"), LocalDate.of(2026, 11, 30));
    jdbc.update("update deal set closed_on = cast(updated_at as date) where id in (?, ?, ?)", euros, dollars, tooEarly);
    jdbc.update("update deal set currency = 'USD' where id in (?, ?)", dollars, tooEarly);
    long openDollars = history.deal(partnerId, new BigDecimal("1000.00"), "APPROVED", Instant.parse("2026-12-01T09:00:00Z"), null, LocalDate.of(2027, 5, 15));
    history.deal(partnerId, new BigDecimal("1000.00"), "APPROVED", Instant.parse("2026-12-01T09:00:00Z"), null, LocalDate.of(2027, 5, 15));
    jdbc.update("update deal set currency = 'USD' where id = ?", openDollars);

    assertThat(programmeAmounts.backfill()).isEqualTo(1); // the dollar win of 5 October has no rate
  }

  @Test
  void aDollarWinAndAEuroWinAddUpInEurosInEveryReport() {
    assertAllSaysOneHundredEighty();
  }

  @Test
  void aRateChangeAfterTheCloseChangesNoSumAndNoRebate() {
    usdPerEuro("2026-12-01", "2.50");
    programmeAmounts.backfill();

    assertAllSaysOneHundredEighty();
    CollectQuarterRevenueWorker.QuarterRevenue revenue = collectRevenue.collect(partnerId, "2026-Q4");
    assertThat(revenue.quarterlyRevenue()).isEqualByComparingTo("180.00");
    calculateRebate.calculate(partnerId, "2026-Q4", revenue.tier(), revenue.quarterlyRevenue(), new BigDecimal("10"));
    assertThat(rebates.findByPartnerIdAndQuarter(partnerId, "2026-Q4").orElseThrow())
        .satisfies(rebate -> {
          assertThat(rebate.getAmount()).isEqualByComparingTo("18.00");
          assertThat(rebate.getCurrency()).isEqualTo("EUR");
        });
  }

  @Test
  void theOpenPipelineIsConvertedAtTheRateOfTheDayItIsReadFor() {
    usdPerEuro("2026-12-01", "2.50");

    Forecast before = forecasts.forecast(partnerId, Quarter.parse("2027-Q2"), Instant.parse("2026-12-01T00:00:00Z").minusSeconds(1));
    Forecast after = forecasts.forecast(partnerId, Quarter.parse("2027-Q2"), Instant.parse("2027-01-02T00:00:00Z"));

    assertThat(before.pipeline()).isZero(); // registered after that day
    assertThat(after.pipeline()).isEqualByComparingTo("1400.00"); // 1000 EUR + 1000 USD at 2.50
  }

  private void assertAllSaysOneHundredEighty() {
    assertThat(tierFacts.factsFor(partnerId, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z")).bookedRevenue())
        .isEqualByComparingTo("180.00");
    Scorecard card = scorecards.of(partnerId);
    assertThat(card.last90Days().wonRevenue()).isEqualByComparingTo("180.00");
    assertThat(card.last12Months().wonRevenue()).isEqualByComparingTo("180.00");
    assertThat(card.quarters().getLast().quarter()).isEqualTo("2026-Q4");
    assertThat(card.quarters().getLast().wonRevenue()).isEqualByComparingTo("180.00");
    Forecast forecast = forecasts.forecast(partnerId, Quarter.parse("2027-Q2"), Instant.parse("2027-01-02T00:00:00Z"));
    assertThat(forecast.history().getLast()).isEqualByComparingTo("180.00");
    assertThat(attention.factsFor(partnerId).annualisedRevenue()).isEqualByComparingTo("720.00");
    assertThat(collectRevenue.collect(partnerId, "2026-Q4").quarterlyRevenue()).isEqualByComparingTo("180.00");
  }

  private void usdPerEuro(String date, String rate) {
    rates.store(List.of(new FxQuote(LocalDate.parse(date), "EUR", "USD", new BigDecimal(rate))));
  }
}
