package org.partnerengine.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.analytics.AnalyticsFixtures;
import org.partnerengine.analytics.GeneratedHistory;
import org.partnerengine.analytics.GeneratedHistory.GeneratedDeal;
import org.partnerengine.rebates.Quarter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Replays the forecast against past quarters of generated history: 200 partners over eight quarters,
 * each with its own revenue level, growth and win rate; most deals are registered before the quarter
 * they close in, some during it. The error is the mean absolute percentage error (MAPE) of the
 * forecast made at the start of each of the last four quarters against what was won in it.
 */
@DatabaseTest
@Import({Forecasts.class, AnalyticsFixtures.class})
class ForecastBacktestTest {

  static final Quarter FIRST = new Quarter(2024, 4);
  static final int QUARTERS = 8;

  @Autowired DataSource dataSource;
  @Autowired Forecasts forecasts;

  final Map<Long, Map<Quarter, BigDecimal>> wonByPartner = new HashMap<>();
  final Map<Quarter, BigDecimal> wonInProgramme = new HashMap<>();
  final List<Long> partnerIds = new ArrayList<>();

  @BeforeEach
  void generateTwoYearsOfDeals() {
    GeneratedHistory history = new GeneratedHistory(dataSource);
    Random random = new Random(42);
    List<GeneratedDeal> deals = new ArrayList<>();
    for (int p = 0; p < 200; p++) {
      long partnerId = history.partner("ACTIVE", "SILVER", FIRST.start().minus(Duration.ofDays(30)));
      partnerIds.add(partnerId);
      double level = 20_000 + random.nextInt(80_000);
      double growth = -0.03 + random.nextDouble() * 0.12;
      double winRate = 0.3 + random.nextDouble() * 0.4;
      Quarter quarter = FIRST;
      for (int q = 0; q < QUARTERS; q++) {
        double expectedWon = level * Math.pow(1 + growth, q);
        int count = 4 + random.nextInt(5);
        double amount = expectedWon / (count * winRate);
        for (int d = 0; d < count; d++) {
          boolean inPipeline = random.nextDouble() < 0.7;
          Instant registered =
              inPipeline
                  ? quarter.start().minus(Duration.ofHours(1 + random.nextInt(60 * 24)))
                  : quarter.start().plus(Duration.ofHours(random.nextInt(40 * 24)));
          Instant closed = registered.isBefore(quarter.start()) ? quarter.start() : registered;
          closed = closed.plus(Duration.ofHours(1 + random.nextInt(45 * 24)));
          boolean won = random.nextDouble() < winRate;
          BigDecimal value = BigDecimal.valueOf(Math.round(amount * (0.6 + random.nextDouble() * 0.8)));
          LocalDate expected = LocalDate.ofInstant(quarter.start(), ZoneOffset.UTC).plusDays(random.nextInt(85));
          deals.add(new GeneratedDeal(partnerId, value, won ? "WON" : "LOST", registered, closed, expected));
          if (won) {
            wonByPartner.computeIfAbsent(partnerId, k -> new HashMap<>()).merge(quarter, value, BigDecimal::add);
            wonInProgramme.merge(quarter, value, BigDecimal::add);
          }
        }
        quarter = Forecasts.next(quarter);
      }
    }
    history.deals(deals);
  }

  @Test
  void forecastsTheProgrammesNextQuarterWithinTenPercent() {
    double programmeError = 0;
    double naiveError = 0;
    double lineError = 0;
    double partnerLineError = 0;
    double partnerError = 0;
    int partnerQuarters = 0;
    List<Quarter> backtested = backtestedQuarters();
    for (Quarter quarter : backtested) {
      Forecast forecast = forecasts.forecast(null, quarter, quarter.start());
      double actual = wonInProgramme.get(quarter).doubleValue();
      double error = Math.abs(forecast.forecast().doubleValue() - actual) / actual;
      double naive = Math.abs(wonInProgramme.get(quarter.previous()).doubleValue() - actual) / actual;
      System.out.printf(
          "forecast %s: %,.0f (weighted pipeline %,.0f + trend %,.0f x (1 - coverage %.2f)), won %,.0f, error %.1f %%%n",
          quarter, forecast.forecast(), forecast.weightedPipeline(), forecast.trend(), forecast.pipelineCoverage(), actual, error * 100);
      programmeError += error;
      naiveError += naive;
      lineError += Math.abs(withLineTrend(forecast) - actual) / actual;
      for (long partnerId : partnerIds.subList(0, 50)) {
        BigDecimal won = wonByPartner.getOrDefault(partnerId, Map.of()).get(quarter);
        if (won != null && won.signum() > 0) {
          Forecast own = forecasts.forecast(partnerId, quarter, quarter.start());
          partnerError += Math.abs(own.forecast().doubleValue() - won.doubleValue()) / won.doubleValue();
          partnerLineError += Math.abs(withLineTrend(own) - won.doubleValue()) / won.doubleValue();
          partnerQuarters++;
        }
      }
    }
    double mape = programmeError / backtested.size();
    double naiveMape = naiveError / backtested.size();
    double partnerMape = partnerError / partnerQuarters;
    System.out.printf(
        "forecast MAPE over %d quarters: programme %.1f %% (last quarter repeated: %.1f %%), per partner %.1f %% (%d partner-quarters)%n",
        backtested.size(), mape * 100, naiveMape * 100, partnerMape * 100, partnerQuarters);
    double lineMape = lineError / backtested.size();
    double partnerLineMape = partnerLineError / partnerQuarters;
    System.out.printf("the same with the undamped line (the method before): programme %.1f %%, per partner %.1f %%%n",
        lineMape * 100, partnerLineMape * 100);

    assertThat(mape).isLessThan(0.10);
    assertThat(mape).as("the method in use errs less than the one before it").isLessThanOrEqualTo(lineMape);
    assertThat(partnerMape).isLessThanOrEqualTo(partnerLineMape);
    assertThat(partnerMape).isLessThan(0.6);
  }

  @Test
  void theForecastIsMadeOfItsStatedParts() {
    Quarter quarter = backtestedQuarters().getFirst();
    Forecast forecast = forecasts.forecast(null, quarter, quarter.start());

    List<BigDecimal> expectedHistory = new ArrayList<>();
    Quarter q = quarter;
    for (int i = 0; i < 4; i++) {
      q = q.previous();
      expectedHistory.addFirst(wonInProgramme.get(q));
    }
    assertThat(forecast.history()).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(expectedHistory);
    assertThat(forecast.weightedPipeline())
        .isEqualByComparingTo(forecast.pipeline().multiply(forecast.winRate()).setScale(2, java.math.RoundingMode.HALF_UP));
    assertThat(forecast.forecast())
        .isEqualByComparingTo(
            forecast.weightedPipeline()
                .add(BigDecimal.ONE.subtract(forecast.pipelineCoverage()).multiply(forecast.trend()))
                .setScale(2, java.math.RoundingMode.HALF_UP));
    assertThat(forecast.pipelineCoverage().doubleValue()).as("about 70 % of deals are registered early").isBetween(0.6, 0.8);
  }

  @Test
  void theTrendIsTheLeastSquaresLineExtended() {
    List<BigDecimal> history = List.of(BigDecimal.valueOf(100), BigDecimal.valueOf(120), BigDecimal.valueOf(110), BigDecimal.valueOf(150));
    // Slope 70 / 5 = 14 through the mean 120 at x = 1.5: at x = 4, 120 + 14 * 2.5 = 155.
    assertThat(Forecasts.trend(history, 4)).isEqualByComparingTo("155.00");
    assertThat(Forecasts.trend(List.of(BigDecimal.valueOf(300), BigDecimal.valueOf(200), BigDecimal.valueOf(100), BigDecimal.ZERO), 4))
        .as("never below zero")
        .isEqualByComparingTo("0");
  }

  /** The forecast had its trend not been damped: the line's projection is twice the damped trend less the mean. */
  private static double withLineTrend(Forecast f) {
    double mean = f.history().stream().mapToDouble(BigDecimal::doubleValue).average().orElse(0);
    double line = Math.max(0, 2 * f.trend().doubleValue() - mean);
    return f.weightedPipeline().doubleValue() + (1 - f.pipelineCoverage().doubleValue()) * line;
  }

  private static List<Quarter> backtestedQuarters() {
    List<Quarter> quarters = new ArrayList<>();
    Quarter q = FIRST;
    for (int i = 0; i < QUARTERS; i++) {
      if (i >= 4) {
        quarters.add(q);
      }
      q = Forecasts.next(q);
    }
    return quarters;
  }
}
