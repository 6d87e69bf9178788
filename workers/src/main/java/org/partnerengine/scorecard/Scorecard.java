package org.partnerengine.scorecard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.partnerengine.partner.Stage;

/**
 * How a partner is doing, as of {@code at}. Amounts are in the programme currency ({@code
 * currency}); {@code inRegionCurrency} holds the same amounts in the base currency of the partner's
 * region now.
 *
 * @param stageEnteredAt the partner's last STAGE_ENTERED history entry (its creation without one)
 * @param tierReason the reason of the last tier review, null before the first
 * @param attributedRevenue won revenue of deals closed within the attribution window after the
 *     planned date of one of the partner's paid MDF activities (each deal counted once)
 * @param quarters won revenue of the last eight quarters, oldest first (the revenue trend), and the
 *     rebate recorded for each
 */
public record Scorecard(
    long partnerId,
    Instant at,
    Stage stage,
    Instant stageEnteredAt,
    long daysInStage,
    String tier,
    String tierReason,
    DealWindow last90Days,
    DealWindow last12Months,
    long activeCertificates,
    long expiringCertificates,
    BigDecimal mdfSpent,
    BigDecimal attributedRevenue,
    long attributionWindowDays,
    List<QuarterRevenue> quarters,
    String currency,
    InRegionCurrency inRegionCurrency) {

  /** @param rebate the rebate recorded for the quarter; null when none was */
  public record QuarterRevenue(String quarter, BigDecimal wonRevenue, BigDecimal rebate) {}

  /**
   * The scorecard's amounts in the currency of the partner's region, each fact converted at the rate
   * of its own date; the same as the programme currency's for a region in it (the catch-all).
   */
  public record InRegionCurrency(
      String region,
      String currency,
      WindowRevenue last90Days,
      WindowRevenue last12Months,
      BigDecimal mdfSpent,
      BigDecimal attributedRevenue,
      List<QuarterRevenue> quarters) {}

  /** A window's won revenue, where the programme currency's has its {@link DealWindow}. */
  public record WindowRevenue(BigDecimal wonRevenue) {}
}
