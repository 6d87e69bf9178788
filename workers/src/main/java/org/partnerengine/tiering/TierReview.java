package org.partnerengine.tiering;

/**
 * A tier review's decision as the workers receive it.
 *
 * @param reviewKey the review's process instance key: one result per review
 * @param reason the rule that fired, or the manager's reason for a downgrade decision
 * @param decidedBy who decided: the partner-tier rules, or the manager who approved or refused
 */
public record TierReview(
    long partnerId, long reviewKey, Tier proposedTier, String reason, String trigger, String decidedBy) {}
