package org.partnerengine.ecosystem;

/**
 * How far one side shares a population. A cell of the overlap matrix shows what both sides share:
 * its count when both share at least {@link #COUNTS}, its accounts only when both share
 * {@link #OVERLAPS}. Nobody ever sees the other side's accounts that are not in the overlap.
 */
public enum SharingLevel {
  /** Not even the number of overlapping accounts. */
  HIDDEN,
  /** How many accounts overlap, never which. */
  COUNTS,
  /** Which accounts overlap. */
  OVERLAPS;

  static SharingLevel lower(SharingLevel one, SharingLevel other) {
    return one.compareTo(other) <= 0 ? one : other;
  }
}
