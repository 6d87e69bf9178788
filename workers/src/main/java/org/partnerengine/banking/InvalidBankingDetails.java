package org.partnerengine.banking;

/** Banking details that do not check out; {@link #field()} names the one at fault. */
public class InvalidBankingDetails extends RuntimeException {

  private final String field;

  public InvalidBankingDetails(String field, String message) {
    super(field + " " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
