package org.partnerengine.ecosystem;

/** Where a play stands: raised, offered to the partner, then answered or let pass. */
public enum PlayStatus {
  NEW,
  OFFERED,
  ACCEPTED,
  DECLINED,
  EXPIRED
}
