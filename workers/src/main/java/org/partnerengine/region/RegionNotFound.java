package org.partnerengine.region;

public class RegionNotFound extends RuntimeException {
  public RegionNotFound(String code) {
    super("No region " + code);
  }
}
