package org.partnerengine.campaign;

/** What a joint campaign is for; the campaign-funding decision funds launches of new products more. */
public enum CampaignGoal {
  AWARENESS,
  DEMAND_GENERATION,
  PRODUCT_LAUNCH
}
