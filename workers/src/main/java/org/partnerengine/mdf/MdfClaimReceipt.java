package org.partnerengine.mdf;

/** What a partner gets back for a claim: finance verifies it next. */
public record MdfClaimReceipt(long claimId, long mdfRequestId, MdfStatus status) {}
