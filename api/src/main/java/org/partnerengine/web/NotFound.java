package org.partnerengine.web;

/** An id the API does not know (or must not reveal to this caller): answered with 404. */
public class NotFound extends RuntimeException {

  private final String title;

  public NotFound(String title, String detail) {
    super(detail);
    this.title = title;
  }

  public String title() {
    return title;
  }
}
