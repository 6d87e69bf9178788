package org.partnerengine.analytics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.partnerengine.partner.Stage;

/**
 * One stage: partners in it now, and how long the visits that ended in the period lasted.
 *
 * @param visits stage visits that ended (the partner entered its next stage) in the period
 * @param median null when no visit ended in the period
 * @param histogram the visits by length, for a distribution chart: one bucket per bound in
 *     {@link #BUCKET_DAYS} (visits up to that many days, longer than the previous bound) and a last
 *     one (upToDays null) for the longer ones
 */
public record StageCycleTime(
    Stage stage, long partnersNow, long visits, Duration median, Duration p90, List<Bucket> histogram) {

  public static final long[] BUCKET_DAYS = {1, 2, 5, 10, 20, 30, 60, 90, 180, 365};

  public record Bucket(Long upToDays, long visits) {}

  /** The buckets of these visit lengths (ascending). */
  static List<Bucket> histogram(List<Duration> sorted) {
    List<Bucket> buckets = new ArrayList<>();
    int i = 0;
    for (long days : BUCKET_DAYS) {
      Duration bound = Duration.ofDays(days);
      int start = i;
      while (i < sorted.size() && sorted.get(i).compareTo(bound) <= 0) {
        i++;
      }
      buckets.add(new Bucket(days, i - start));
    }
    buckets.add(new Bucket(null, sorted.size() - i));
    return buckets;
  }
}
