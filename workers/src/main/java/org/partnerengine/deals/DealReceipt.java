package org.partnerengine.deals;

/** What a partner gets back for a registration: the deal and the process that now runs it. */
public record DealReceipt(long dealId, long processInstanceKey, DealStatus status) {}
