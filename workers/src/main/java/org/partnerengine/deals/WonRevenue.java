package org.partnerengine.deals;

import org.partnerengine.money.Currencies;

/**
 * How a row of {@code deal} counts in a revenue sum: the verified win's amount in the programme
 * currency, as stored at its close date's rate. A win recorded before amounts were converted counts
 * at its own amount when it is in the programme currency; in another it counts once it is booked
 * (after the rate of its close date is imported), never at a guessed rate. A win booked in a
 * programme currency configured before the current one counts once it is booked again. Rows that
 * count nothing give null, which {@code sum} skips.
 */
public final class WonRevenue {

  private WonRevenue() {}

  /**
   * The SQL expression for the columns of {@code deal} (no alias). The currency is a checked ISO 4217
   * code, written into the SQL as a literal so every query keeps its parameters.
   */
  public static String of(String programmeCurrency) {
    return of(programmeCurrency, "");
  }

  /** The same for {@code deal}'s columns under an alias or its table name, where a join makes them ambiguous. */
  public static String of(String programmeCurrency, String table) {
    if (!Currencies.isIso4217(programmeCurrency)) {
      throw new IllegalArgumentException("Not an ISO 4217 code: " + programmeCurrency);
    }
    if (!table.matches("[a-z_]*")) {
      throw new IllegalArgumentException("Not a table alias: " + table);
    }
    String code = "'" + programmeCurrency + "'";
    String t = table.isEmpty() ? "" : table + ".";
    return "(case when " + t + "programme_currency = " + code + " then " + t + "programme_amount"
        + " when " + t + "programme_currency is null and " + t + "currency = " + code
        + " then coalesce(" + t + "outcome_amount, " + t + "amount) end)";
  }
}
