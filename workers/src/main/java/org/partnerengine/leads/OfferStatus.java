package org.partnerengine.leads;

public enum OfferStatus {
  OPEN,
  ACCEPTED,
  DECLINED,
  EXPIRED
}
