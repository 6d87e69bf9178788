package org.partnerengine.partner;

/** Loads one partner, as nearly every job and partner request does first. */
interface PartnerLookup {

  /**
   * @throws PartnerNotFound when there is no such partner
   */
  Partner require(long id);
}
