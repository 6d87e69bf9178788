package org.partnerengine.deals;

/**
 * What a partner gets back for a registration: the deal and the process that now runs it; no
 * instance key yet when the start was still under way at the answer (the deal is kept and started).
 */
public record DealReceipt(long dealId, Long processInstanceKey, DealStatus status) {}
