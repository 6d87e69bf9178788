package org.partnerengine.attention;

import java.math.BigDecimal;

/**
 * What the {@code partner-attention} rules decide on (docs/analytics.md, "Attention").
 *
 * @param tier REGISTERED when the partner has none
 * @param daysWithoutDeal days since the partner's last deal registration, or since it was created
 *     when it registered none
 * @param daysToCertificateExpiry days until its earliest active certificate expires; null without one
 * @param retakeStarted an exam was taken again for that certificate (a later certification cycle)
 * @param daysInStage days since the partner's last STAGE_ENTERED history entry
 * @param annualisedRevenue won revenue of the last 90 days times four
 * @param revenueGrowing the last 90 days won more than the 90 days before
 * @param churnProbability the churn model's probability for the partner; null when no model is in
 *     use or the partner is not active
 */
public record AttentionFacts(
    String stage,
    String tier,
    boolean certified,
    long daysWithoutDeal,
    Long daysToCertificateExpiry,
    boolean retakeStarted,
    long daysInStage,
    BigDecimal annualisedRevenue,
    boolean revenueGrowing,
    BigDecimal churnProbability) {}
