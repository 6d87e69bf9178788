package org.partnerengine.territory;

public class TerritoryNotFound extends RuntimeException {
  public TerritoryNotFound(long id) {
    super("Territory " + id + " not found");
  }
}
