package org.partnerengine.catalogue;

/** A description that does not fit its kind (an exam without a pass mark, a course with one). */
public class InvalidCatalogueEntry extends RuntimeException {

  private final String field;

  public InvalidCatalogueEntry(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
