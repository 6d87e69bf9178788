package org.partnerengine.cosell;

/** A co-sell request with a field the request's rules admit but the moment does not. */
public class InvalidCoSellRequest extends RuntimeException {

  private final String field;
  private final String reason;

  public InvalidCoSellRequest(String field, String reason) {
    super(field + " " + reason);
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
