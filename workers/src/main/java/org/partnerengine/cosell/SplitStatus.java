package org.partnerengine.cosell;

/**
 * Where a revenue split stands. PROPOSED and OWNER_ACCEPTED are under decision; APPROVED is in
 * force until a later split of the deal is approved (SUPERSEDED); the rest ended without effect.
 */
public enum SplitStatus {
  PROPOSED,
  OWNER_ACCEPTED,
  APPROVED,
  OWNER_DECLINED,
  REJECTED,
  EXPIRED,
  SUPERSEDED;

  public boolean isUnderDecision() {
    return this == PROPOSED || this == OWNER_ACCEPTED;
  }
}
