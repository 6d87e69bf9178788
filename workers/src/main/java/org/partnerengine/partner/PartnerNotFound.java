package org.partnerengine.partner;

public class PartnerNotFound extends RuntimeException {
  private final long partnerId;

  public PartnerNotFound(long partnerId) {
    super("No partner with id " + partnerId);
    this.partnerId = partnerId;
  }

  public long partnerId() {
    return partnerId;
  }
}
