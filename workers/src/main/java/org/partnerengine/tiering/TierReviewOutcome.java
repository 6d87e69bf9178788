package org.partnerengine.tiering;

/** How a tier review ended. */
public enum TierReviewOutcome {
  UPGRADED,
  DOWNGRADED,
  /** A downgrade the manager refused: the partner keeps its tier. */
  KEPT,
  UNCHANGED
}
