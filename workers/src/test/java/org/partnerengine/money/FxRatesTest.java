package org.partnerengine.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reference rates imported from the bundled ECB sample and from CSV files, and conversions with them. */
@DatabaseTest
@Import({FxRates.class, FxRateImport.class, FxRatesTest.Settings.class})
class FxRatesTest {

  @TestConfiguration(proxyBeanMethods = false)
  static class Settings {
    @Bean
    Clock clock() {
      return Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
    }

    @Bean
    MoneySettings moneySettings() {
      return MoneySettings.defaults();
    }
  }

  @Autowired FxRates rates;
  @Autowired FxRateImport fxRateImport;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theBundledEcbSampleCoversTheDemoYearsAndImportsOnce() throws IOException {
    int added = fxRateImport.run();

    assertThat(added).isEqualTo(36 * 8);
    assertThat(fxRateImport.run()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from fx_rate", Integer.class)).isEqualTo(36 * 8);
    // 1 EUR = 1.1600 USD on 2026-12-01, the latest on or before the 4th: 100 USD = 86.21 EUR
    Conversion usd = rates.toProgramme(new BigDecimal("100.00"), "USD", LocalDate.of(2026, 12, 4));
    assertThat(usd.amount()).isEqualByComparingTo("86.21");
    assertThat(usd.rateDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(usd.currency()).isEqualTo("EUR");
  }

  @Test
  void aCsvConvertsAtTheLatestRateOnOrBeforeTheDateNeverALaterOne() throws IOException {
    fxRateImport.importFrom(new ClassPathResource("fx/rates.csv"), "CSV");

    assertThat(rates.toProgramme(new BigDecimal("100"), "USD", LocalDate.of(2026, 10, 1)).amount()).isEqualByComparingTo("80.00");
    assertThat(rates.toProgramme(new BigDecimal("100"), "USD", LocalDate.of(2026, 11, 1)).amount()).isEqualByComparingTo("80.00");
    assertThat(rates.toProgramme(new BigDecimal("100"), "USD", LocalDate.of(2026, 11, 2)).amount()).isEqualByComparingTo("100.00");
    assertThatThrownBy(() -> rates.toProgramme(new BigDecimal("100"), "USD", LocalDate.of(2026, 9, 30)))
        .isInstanceOf(FxRateMissing.class)
        .hasMessageContaining("USD into EUR on or before 2026-09-30");
    assertThatThrownBy(() -> rates.toProgramme(BigDecimal.TEN, "CHF", LocalDate.of(2026, 12, 1))).isInstanceOf(FxRateMissing.class);
  }

  @Test
  void theProgrammeCurrencyConvertsAtOneWithoutARate() {
    Conversion eur = rates.toProgramme(new BigDecimal("123.45"), "EUR", LocalDate.of(2020, 1, 1));

    assertThat(eur.amount()).isEqualByComparingTo("123.45");
    assertThat(eur.rate()).isEqualByComparingTo("1");
    assertThat(rates.converts("EUR")).isTrue();
    assertThat(rates.converts("USD")).isFalse();
  }

  @Test
  void currenciesConvertAcrossTheirCommonBase() throws IOException {
    fxRateImport.importFrom(new ClassPathResource("fx/rates.csv"), "CSV");

    // 1 EUR = 1.25 USD = 0.80 GBP on 2026-10-01: 1 USD = 0.64 GBP
    assertThat(rates.rate("USD", "GBP", LocalDate.of(2026, 10, 15)).orElseThrow().value()).isEqualByComparingTo("0.64");
    assertThat(rates.rate("GBP", "USD", LocalDate.of(2026, 10, 15)).orElseThrow().value()).isEqualByComparingTo("1.5625");
  }

  @Test
  void aMalformedFileStoresNothingAndNamesTheLine() {
    assertThatThrownBy(() -> fxRateImport.importFrom(new ClassPathResource("fx/broken.csv"), "CSV"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("line 3");
    assertThat(jdbc.queryForObject("select count(*) from fx_rate", Integer.class)).isZero();
  }

  @Test
  void settingsRefuseAProgrammeCurrencyThatIsNotIso4217() {
    assertThatThrownBy(() -> new MoneySettings("EURO", null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MoneySettings("XYZ", null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new MoneySettings(null, null).fxRateImport().source()).isEqualTo("classpath:fx/eurofxref-sample.xml");
    assertThat(new MoneySettings(null, new MoneySettings.FxRateImportSettings(null, "/data/rates.csv", null, null, null))
            .fxRateImport().format())
        .isEqualTo("CSV");
  }

  @Test
  void theCurrencyConstraintRefusesCodesThatAreNotIso4217OrHaveNoRate() throws IOException {
    fxRateImport.importFrom(new ClassPathResource("fx/rates.csv"), "CSV");
    ConvertibleCurrencyValidator validator = new ConvertibleCurrencyValidator(rates);

    assertThat(validator.isValid(null, null)).isTrue();
    assertThat(validator.isValid("EUR", null)).isTrue();
    assertThat(validator.isValid("USD", null)).isTrue();
    assertThat(validator.isValid("CHF", null)).isFalse();
    rates.store(java.util.List.of(new FxQuote(LocalDate.of(2027, 1, 4), "EUR", "CHF", new BigDecimal("0.93"))));
    assertThat(validator.isValid("CHF", null)).isFalse(); // no rate yet for an amount taken today
  }
}
