package org.partnerengine.deals;

/** How a protected deal ended, as the partner reports it. */
public enum DealOutcome {
  WON,
  LOST
}
