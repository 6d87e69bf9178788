package org.partnerengine.deals;

/** Where a registration stands. REGISTERED and APPROVED are open: they hold their customer. */
public enum DealStatus {
  REGISTERED,
  APPROVED,
  REJECTED,
  EXPIRED,
  WON,
  LOST;

  public boolean isOpen() {
    return this == REGISTERED || this == APPROVED;
  }
}
