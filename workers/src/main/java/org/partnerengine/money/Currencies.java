package org.partnerengine.money;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** ISO 4217 codes as the JDK knows them (active currencies, not funds or metals without a country). */
public final class Currencies {

  private static final Set<String> CODES =
      Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

  private Currencies() {}

  public static boolean isIso4217(String code) {
    return code != null && code.length() == 3 && CODES.contains(code);
  }
}
