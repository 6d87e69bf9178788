package org.partnerengine.catalogue;

public class CatalogueEntryNotFound extends RuntimeException {

  public CatalogueEntryNotFound(String id) {
    super("No course or exam with id " + id + " in the training catalogue");
  }
}
