package org.partnerengine.tiering;

import java.math.BigDecimal;

/**
 * What the partner-tier decision reads.
 *
 * @param bookedRevenue the amount of deals won in the review window
 * @param activeCertificates certificates active (not expired) at the review
 * @param winRate deals won / deals closed (won or lost) in the window, 0 to 1; 0 without closed deals
 */
public record TierFacts(BigDecimal bookedRevenue, int activeCertificates, BigDecimal winRate) {}
