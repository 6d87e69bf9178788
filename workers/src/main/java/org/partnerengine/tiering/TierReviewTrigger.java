package org.partnerengine.tiering;

/** Why a tier review runs. */
public enum TierReviewTrigger {
  CERTIFICATE_EXPIRED,
  BIG_DEAL_WON,
  SCHEDULED,
  MANUAL
}
