package org.partnerengine.cosell;

/** The deal has an open co-sell request: one at a time. */
public class CoSellRequestOpen extends RuntimeException {
  public CoSellRequestOpen(long dealId) {
    super("Deal " + dealId + " has an open co-sell request; wait for its answer");
  }
}
