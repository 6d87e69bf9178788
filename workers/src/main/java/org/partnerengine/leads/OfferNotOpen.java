package org.partnerengine.leads;

/** The offer was answered, or its window closed, before this answer came. */
public class OfferNotOpen extends RuntimeException {
  public OfferNotOpen(long leadId, OfferStatus status) {
    super("The offer of lead " + leadId + " is " + status + ", not open");
  }
}
