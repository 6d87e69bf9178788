package org.partnerengine.feedback;

import java.util.Collection;

/**
 * Net Promoter Score of a group of answers: promoters (9-10) less detractors (0-6), in points of
 * percent, with a 95 % confidence interval. Each answer counts as +1, 0 or -1; the interval is the
 * mean of those values plus or minus 1.96 standard errors, {@code sqrt((p + d - (p - d)^2) / n)},
 * in points, cut to [-100, 100].
 */
public record Nps(int answers, int promoters, int passives, int detractors, double score, double low, double high) {

  private static final double Z_95 = 1.96;

  public static Nps of(Collection<Integer> scores) {
    int promoters = 0;
    int detractors = 0;
    for (int score : scores) {
      if (score >= 9) {
        promoters++;
      } else if (score <= 6) {
        detractors++;
      }
    }
    int n = scores.size();
    if (n == 0) {
      return new Nps(0, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN);
    }
    double p = (double) promoters / n;
    double d = (double) detractors / n;
    double mean = p - d;
    double variance = p + d - mean * mean;
    double margin = Z_95 * Math.sqrt(variance / n);
    return new Nps(n, promoters, n - promoters - detractors, detractors,
        round(100 * mean), round(Math.max(-100, 100 * (mean - margin))), round(Math.min(100, 100 * (mean + margin))));
  }

  static boolean isDetractor(int score) {
    return score <= 6;
  }

  private static double round(double points) {
    return Math.round(points * 10) / 10.0;
  }
}
