package org.partnerengine.mdf;

/**
 * What a partner gets back for a fund request; no instance key yet when the start was still under
 * way at the answer (the request is kept and started).
 */
public record MdfReceipt(long mdfRequestId, Long processInstanceKey, MdfStatus status) {}
