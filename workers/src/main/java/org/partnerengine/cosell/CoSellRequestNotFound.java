package org.partnerengine.cosell;

public class CoSellRequestNotFound extends RuntimeException {
  public CoSellRequestNotFound(long id) {
    super("No co-sell request " + id);
  }
}
