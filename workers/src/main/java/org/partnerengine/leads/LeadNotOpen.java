package org.partnerengine.leads;

/** The lead was converted or lost already, or is not the partner's yet: answered with 409. */
public class LeadNotOpen extends RuntimeException {

  public LeadNotOpen(long leadId, LeadStatus status, LeadStatus wanted) {
    super("Lead " + leadId + " is " + status + ": it cannot become " + wanted);
  }

  public LeadNotOpen(long leadId, LeadStatus status) {
    super("Lead " + leadId + " is " + status + ": it has no status to give any more");
  }
}
