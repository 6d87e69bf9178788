package org.partnerengine.region;

/** Where a market stands: planned, launching through its checklist, or open to applications. */
public enum RegionStatus {
  PLANNED,
  LAUNCHING,
  LIVE
}
