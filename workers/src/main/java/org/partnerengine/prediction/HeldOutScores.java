package org.partnerengine.prediction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How well probabilities fit outcomes on rows the model never saw: the area under the ROC curve (the
 * chance that a churned partner scores above a retained one, ties counting half) and the expected
 * calibration error (over ten equal bins of probability, the row-weighted gap between the mean
 * probability and the share that churned).
 */
public record HeldOutScores(int rows, double baseRate, double auc, double calibrationError) {

  private static final int BINS = 10;

  public record Scored(double probability, boolean churned) {}

  public static HeldOutScores of(List<Scored> scored) {
    int n = scored.size();
    if (n == 0) {
      return new HeldOutScores(0, 0, 0.5, 1);
    }
    long churned = scored.stream().filter(Scored::churned).count();
    return new HeldOutScores(n, (double) churned / n, auc(scored, churned), calibrationError(scored));
  }

  static double auc(List<Scored> scored, long positives) {
    long negatives = scored.size() - positives;
    if (positives == 0 || negatives == 0) {
      return 0.5;
    }
    List<Scored> sorted = new ArrayList<>(scored);
    sorted.sort(Comparator.comparingDouble(Scored::probability));
    double rankSum = 0;
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j < sorted.size() && sorted.get(j).probability() == sorted.get(i).probability()) {
        j++;
      }
      double averageRank = (i + 1 + j) / 2.0; // ranks i+1 .. j share their mean
      for (int k = i; k < j; k++) {
        if (sorted.get(k).churned()) {
          rankSum += averageRank;
        }
      }
      i = j;
    }
    return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  static double calibrationError(List<Scored> scored) {
    double[] probability = new double[BINS];
    double[] churned = new double[BINS];
    int[] count = new int[BINS];
    for (Scored s : scored) {
      int bin = Math.min(BINS - 1, (int) (s.probability() * BINS));
      probability[bin] += s.probability();
      churned[bin] += s.churned() ? 1 : 0;
      count[bin]++;
    }
    double error = 0;
    for (int b = 0; b < BINS; b++) {
      if (count[b] > 0) {
        error += (double) count[b] / scored.size() * Math.abs(probability[b] / count[b] - churned[b] / count[b]);
      }
    }
    return error;
  }
}
