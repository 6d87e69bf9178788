package org.partnerengine.analytics;

import java.time.Duration;
import java.util.List;

/** Nearest-rank percentiles: the smallest value with at least p % of the values at or below it. */
public final class Percentiles {

  private Percentiles() {}

  /**
   * @param sorted ascending
   * @return null for no values
   */
  public static Duration of(List<Duration> sorted, int percent) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }
}
