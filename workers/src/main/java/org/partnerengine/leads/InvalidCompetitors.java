package org.partnerengine.leads;

/** A list of competitors that cannot be taken: the partner itself, an unknown partner, too many. */
public class InvalidCompetitors extends RuntimeException {

  public InvalidCompetitors(String message) {
    super(message);
  }
}
