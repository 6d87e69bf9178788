package org.partnerengine.campaign;

/** STARTING until its joint-campaign instance is bound, RUNNING while partners take part, ENDED after the last. */
public enum CampaignStatus {
  STARTING,
  RUNNING,
  ENDED
}
