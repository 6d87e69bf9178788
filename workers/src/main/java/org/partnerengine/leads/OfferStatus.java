package org.partnerengine.leads;

public enum OfferStatus {
  OPEN,
  ACCEPTED,
  DECLINED,
  EXPIRED,
  /** Accepted, then left without a deal, a loss or a status update: the lead was taken back. */
  RECLAIMED
}
