package org.partnerengine.money;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One published reference rate: on {@code date}, 1 {@code base} was {@code rate} {@code quote}. */
public record FxQuote(LocalDate date, String base, String quote, BigDecimal rate) {

  public FxQuote {
    if (!Currencies.isIso4217(base) || !Currencies.isIso4217(quote)) {
      throw new IllegalArgumentException("Not ISO 4217 currencies: " + base + " -> " + quote + " on " + date);
    }
    if (rate == null || rate.signum() <= 0) {
      throw new IllegalArgumentException("Rate for " + base + " -> " + quote + " on " + date + " is not positive: " + rate);
    }
  }
}
