package org.partnerengine.leads;

/** What the caller gets for a lead: its id, and the instance key once the engine answered. */
public record LeadReceipt(long leadId, Long processInstanceKey, LeadStatus status) {}
