package org.partnerengine.rebates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A calendar quarter in UTC, written {@code 2026-Q1}: the natural key of a rebate. */
public record Quarter(int year, int number) {

  public Quarter {
    if (number < 1 || number > 4) {
      throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number);
    }
  }

  public static Quarter containing(Instant at) {
    LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
    return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  public static Quarter parse(String text) {
    String[] parts = text.split("-Q");
    if (parts.length != 2) {
      throw new IllegalArgumentException("Not a quarter: " + text);
    }
    return new Quarter(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
  }

  public Quarter previous() {
    return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
  }

  public Instant start() {
    return LocalDate.of(year, (number - 1) * 3 + 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** The start of the next quarter (exclusive). */
  public Instant end() {
    return LocalDate.of(year, (number - 1) * 3 + 1, 1).plusMonths(3).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  @Override
  public String toString() {
    return year + "-Q" + number;
  }
}
