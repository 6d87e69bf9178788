package org.partnerengine.attention;

/** A manager completed the follow-up of a partner's attention (published inside that transaction). */
public record AttentionFollowedUp(long partnerId, String reason, int round, String note) {}
