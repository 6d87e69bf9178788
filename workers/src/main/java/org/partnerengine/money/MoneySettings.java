package org.partnerengine.money;

import java.time.Duration;
import java.util.Currency;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The programme's money: the currency every report sums in, and where the daily reference rates
 * come from.
 *
 * @param programmeCurrency ISO 4217 code every sum is reported in (EUR)
 * @param fxRateImport the scheduled import of reference rates
 */
@ConfigurationProperties("partner-engine.money")
public record MoneySettings(String programmeCurrency, FxRateImportSettings fxRateImport) {

  public MoneySettings {
    programmeCurrency = programmeCurrency == null ? "EUR" : programmeCurrency;
    if (!Currencies.isIso4217(programmeCurrency)) {
      throw new IllegalArgumentException(
          "partner-engine.money.programme-currency must be an ISO 4217 code such as EUR: " + programmeCurrency);
    }
    fxRateImport = fxRateImport == null ? new FxRateImportSettings(null, null, null, null, null) : fxRateImport;
  }

  public static MoneySettings defaults() {
    return new MoneySettings(null, null);
  }

  public Currency currency() {
    return Currency.getInstance(programmeCurrency);
  }

  /**
   * @param enabled whether the import runs at startup and on its schedule (true)
   * @param source a file path, {@code file:} or {@code classpath:} location of the rates; the
   *     bundled sample ({@code classpath:fx/eurofxref-sample.xml}) when unset
   * @param format {@code ECB} (eurofxref-hist XML) or {@code CSV} (date,currency,rate); unset, taken
   *     from the source's extension
   * @param csvBaseCurrency the base of a CSV's rates (1 base = rate currency), EUR like the ECB's
   * @param interval how often the source is read again (PT6H)
   */
  public record FxRateImportSettings(
      Boolean enabled, String source, String format, String csvBaseCurrency, Duration interval) {

    public FxRateImportSettings {
      enabled = enabled == null || enabled;
      source = source == null || source.isBlank() ? "classpath:fx/eurofxref-sample.xml" : source.strip();
      format = format == null || format.isBlank() ? formatOf(source) : format.strip().toUpperCase(java.util.Locale.ROOT);
      if (!format.equals("ECB") && !format.equals("CSV")) {
        throw new IllegalArgumentException("partner-engine.money.fx-rate-import.format must be ECB or CSV: " + format);
      }
      csvBaseCurrency = csvBaseCurrency == null ? "EUR" : csvBaseCurrency;
      if (!Currencies.isIso4217(csvBaseCurrency)) {
        throw new IllegalArgumentException(
            "partner-engine.money.fx-rate-import.csv-base-currency must be an ISO 4217 code: " + csvBaseCurrency);
      }
      interval = interval == null ? Duration.ofHours(6) : interval;
    }

    private static String formatOf(String source) {
      return source.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? "CSV" : "ECB";
    }
  }
}
