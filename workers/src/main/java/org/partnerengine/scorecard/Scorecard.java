package org.partnerengine.scorecard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.partnerengine.partner.Stage;

/**
 * How a partner is doing, as of {@code at}.
 *
 * @param stageEnteredAt the partner's last STAGE_ENTERED history entry (its creation without one)
 * @param tierReason the reason of the last tier review, null before the first
 * @param attributedRevenue won revenue of deals closed within the attribution window after the
 *     planned date of one of the partner's paid MDF activities (each deal counted once)
 * @param quarters won revenue of the last eight quarters, oldest first (the revenue trend)
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
    List<QuarterRevenue> quarters) {

  public record QuarterRevenue(String quarter, BigDecimal wonRevenue) {}
}
