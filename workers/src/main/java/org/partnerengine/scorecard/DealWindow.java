package org.partnerengine.scorecard;

import java.math.BigDecimal;

/**
 * A partner's deals in a window: registered in it, won or lost (closed) in it.
 *
 * @param winRate won / (won + lost), 0..1; null when none closed
 */
public record DealWindow(long registered, long won, long lost, BigDecimal wonRevenue, BigDecimal winRate) {}
