package org.partnerengine.leads;

/** No such lead, or none this caller may see. */
public class LeadNotFound extends RuntimeException {
  public LeadNotFound(long id) {
    super("Lead " + id + " not found");
  }
}
