package org.partnerengine.partner;

/** Incentives (deals, funds) are for active partners: this one is still on its way, or gone. */
public class PartnerNotActive extends RuntimeException {
  public PartnerNotActive(long partnerId, Stage stage) {
    super("Partner " + partnerId + " is in stage " + stage + "; only ACTIVE partners register deals and request funds");
  }
}
