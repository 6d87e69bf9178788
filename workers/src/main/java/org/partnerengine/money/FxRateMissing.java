package org.partnerengine.money;

import java.time.LocalDate;

/**
 * No reference rate converts the currency into the programme currency (or a region's) on or before
 * the date. Never answered with a made-up rate: the amount stays unconverted and the caller fails
 * visibly (a job retries, then becomes an incident; a read answers 503), until the rate is imported.
 */
public class FxRateMissing extends RuntimeException {

  public FxRateMissing(String from, String to, LocalDate on) {
    super("No exchange rate from " + from + " into " + to + " on or before " + on
        + ": import the rates (partner-engine.money.fx-rate-import) and retry");
  }
}
