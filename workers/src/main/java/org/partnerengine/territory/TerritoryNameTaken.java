package org.partnerengine.territory;

public class TerritoryNameTaken extends RuntimeException {
  public TerritoryNameTaken(String name) {
    super("A territory named '" + name + "' exists already");
  }
}
