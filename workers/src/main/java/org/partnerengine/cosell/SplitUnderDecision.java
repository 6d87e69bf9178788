package org.partnerengine.cosell;

/** The deal has a split under decision: one at a time. */
public class SplitUnderDecision extends RuntimeException {
  public SplitUnderDecision(long dealId) {
    super("Deal " + dealId + " has a revenue split under decision; wait for it to be decided");
  }
}
