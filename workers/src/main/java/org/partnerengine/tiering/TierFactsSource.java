package org.partnerengine.tiering;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Where tiering and rebates learn a partner's performance. Deals and certificates belong to other
 * features: the default implementation ({@link JdbcTierFactsSource}) reads their tables, and a
 * feature that keeps them elsewhere provides its own bean of this type.
 */
public interface TierFactsSource {

  /** Revenue, win rate and certificates of deals closed in [from, to) and certificates active at {@code to}. */
  TierFacts factsFor(long partnerId, Instant from, Instant to);

  /** The amount of deals the partner won in [from, to). */
  BigDecimal wonRevenue(long partnerId, Instant from, Instant to);
}
