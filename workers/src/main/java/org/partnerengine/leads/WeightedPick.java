package org.partnerengine.leads;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A weighted random pick among a round's candidates, seeded by the lead and the round: the same
 * lead, round and weights pick the same candidate every time, so a redelivered job offers the lead
 * to the partner the first delivery chose, while leads spread over candidates by their weights.
 */
public final class WeightedPick {

  private WeightedPick() {}

  /** The index of the chosen weight; weights must be positive. */
  public static int pick(List<BigDecimal> weights, long leadId, int round) {
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("Nobody to pick from");
    }
    double total = 0;
    for (BigDecimal weight : weights) {
      if (weight.signum() <= 0) {
        throw new IllegalArgumentException("Weights must be positive: " + weights);
      }
      total += weight.doubleValue();
    }
    double point = new SplittableRandom(leadId * 1_000_003L + round).nextDouble() * total;
    double cumulative = 0;
    for (int i = 0; i < weights.size(); i++) {
      cumulative += weights.get(i).doubleValue();
      if (point < cumulative) {
        return i;
      }
    }
    return weights.size() - 1;
  }
}
