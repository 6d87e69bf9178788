package org.partnerengine.campaign;

/** A campaign, response or profile the rules refuse, naming the field: 400. */
public class InvalidCampaign extends RuntimeException {

  private final String field;

  public InvalidCampaign(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
