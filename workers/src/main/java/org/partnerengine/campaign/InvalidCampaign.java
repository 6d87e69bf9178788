package org.partnerengine.campaign;

/** A campaign, response or profile the rules refuse, naming the field: 400. */
public class InvalidCampaign extends RuntimeException {

  private final String field;
  private final String reason;

  public InvalidCampaign(String field, String reason) {
    super(field + ": " + reason);
    this.field = field;
    this.reason = reason;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }
}
