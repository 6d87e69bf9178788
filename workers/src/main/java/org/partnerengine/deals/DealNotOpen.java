package org.partnerengine.deals;

/** The deal is no longer protected (rejected, expired or closed): it takes no outcome or extension. */
public class DealNotOpen extends RuntimeException {
  public DealNotOpen(long dealId, DealStatus status) {
    super("Deal " + dealId + " is " + status + " and no longer open");
  }
}
