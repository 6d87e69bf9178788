package org.partnerengine.deals;

/**
 * Where a registration stands. REGISTERED and APPROVED are open: they hold their customer. WON is
 * a win someone vouched for (the CRM, a manager, or staff confirming the partner's report): every
 * revenue figure (tiers, rebates, scorecards, forecasts, attention) reads status WON only. A win
 * the partner reported itself waits as WON_UNVERIFIED until staff confirm it (WON) or not (LOST).
 */
public enum DealStatus {
  REGISTERED,
  APPROVED,
  REJECTED,
  EXPIRED,
  WON_UNVERIFIED,
  WON,
  LOST;

  public boolean isOpen() {
    return this == REGISTERED || this == APPROVED;
  }
}
