package org.partnerengine.mdf;

/**
 * A campaign's MDF request was decided: its budget reserved, or the request rejected (by an
 * approver or the budget). Published in the deciding job's transaction, before its process hears.
 */
public record MdfRequestDecided(long mdfRequestId, long campaignParticipationId, boolean reserved) {}
