package org.partnerengine.campaign;

/** No such campaign, or (to a partner) one it was not invited to: 404. */
public class CampaignNotFound extends RuntimeException {

  public CampaignNotFound(String what) {
    super(what + " not found");
  }
}
