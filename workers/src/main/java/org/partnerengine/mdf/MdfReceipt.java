package org.partnerengine.mdf;

/** What a partner gets back for a fund request. */
public record MdfReceipt(long mdfRequestId, long processInstanceKey, MdfStatus status) {}
