package org.partnerengine.deals;

public class DealNotFound extends RuntimeException {
  public DealNotFound(long dealId) {
    super("No deal with id " + dealId);
  }
}
