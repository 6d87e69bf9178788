package org.partnerengine.campaign;

/**
 * Where a partner stands in a campaign. INVITED until it answers or the opt-in deadline passes;
 * after opting in it may wait for its own co-brand profile, then for the MDF that funds the
 * vendor's share; READY until the start date, LAUNCHED until the end date, then COMPLETED.
 */
public enum ParticipationStatus {
  INVITED,
  DECLINED,
  EXPIRED,
  AWAITING_CO_BRAND,
  AWAITING_FUNDS,
  READY,
  LAUNCHED,
  WITHDRAWN,
  COMPLETED
}
