package org.partnerengine.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Amounts of any currency converted into one target currency within one read (a scorecard, a
 * region's totals): each at the rate of the date it is given, the latest published on or before it,
 * never a later one, and rounded to the target's minor unit as every conversion is. A report asks for
 * many amounts of few currencies and dates, so each rate is looked up once. Not shared between reads:
 * a rate imported meanwhile for a date that had none is seen by the next read.
 */
public final class Converter {

  private final FxRates rates;
  private final String target;
  private final Map<String, BigDecimal> found = new HashMap<>();

  Converter(FxRates rates, String target) {
    if (!Currencies.isIso4217(target)) {
      throw new IllegalArgumentException("Not an ISO 4217 code: " + target);
    }
    this.rates = rates;
    this.target = target;
  }

  public String target() {
    return target;
  }

  /**
   * The amount in the target currency at the rate of {@code on}; the amount itself, rounded, when it
   * is in the target currency already.
   *
   * @throws FxRateMissing when no rate converts the currency into the target on or before that date
   */
  public BigDecimal convert(BigDecimal amount, String currency, LocalDate on) {
    if (currency.equals(target)) {
      return FxRates.round(amount, target);
    }
    BigDecimal rate =
        found.computeIfAbsent(
            currency + on,
            key -> rates.rate(currency, target, on).map(FxRates.Rate::value).orElseThrow(() -> new FxRateMissing(currency, target, on)));
    return FxRates.apply(amount, rate, target);
  }
}
