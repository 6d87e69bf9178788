package org.partnerengine.region;

/** A change the region's state refuses: a code taken, a country in another region, a launch twice. */
public class RegionConflict extends RuntimeException {
  public RegionConflict(String message) {
    super(message);
  }
}
