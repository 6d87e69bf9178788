package org.partnerengine.mdf;

/** Where a fund request stands. Only RESERVED and CLAIMED hold budget. */
public enum MdfStatus {
  REQUESTED,
  REJECTED,
  RESERVED,
  CLAIMED,
  PAID,
  RELEASED
}
