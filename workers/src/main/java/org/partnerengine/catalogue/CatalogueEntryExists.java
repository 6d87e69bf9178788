package org.partnerengine.catalogue;

/** Course and exam ids share one namespace, so an id names at most one entry. */
public class CatalogueEntryExists extends RuntimeException {

  public CatalogueEntryExists(String id) {
    super("The training catalogue has an entry with id " + id + " already");
  }
}
