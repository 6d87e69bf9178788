package org.partnerengine.ecosystem;

import java.time.Instant;

/**
 * A play raised for a partner on one overlapping account; {@code influencedDealId} is the first deal
 * registered for the account after the partner accepted the play.
 */
public record AccountPlay(
    long playId,
    long partnerId,
    String domain,
    Play play,
    AccountPopulation vendorPopulation,
    AccountPopulation partnerPopulation,
    PlayStatus status,
    Instant raisedAt,
    Instant expiresAt,
    Instant answeredAt,
    String answerNote,
    Long influencedDealId) {}
