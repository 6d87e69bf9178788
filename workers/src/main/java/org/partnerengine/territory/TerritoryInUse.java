package org.partnerengine.territory;

/** A territory that partners still cover is not removed: their coverage would point nowhere. */
public class TerritoryInUse extends RuntimeException {
  public TerritoryInUse(long id, long partners) {
    super("Territory " + id + " is covered by " + partners + " partner(s); take it out of their coverage first");
  }
}
