package org.partnerengine.partner;

/** Loads one partner, as nearly every job and partner request does first. */
interface PartnerLookup {

  /**
   * @throws PartnerNotFound when there is no such partner
   */
  Partner require(long id);

  /**
   * Loads one partner and holds its row until the transaction ends. A job that writes the
   * partner's history and then changes the partner would otherwise first share the row (the
   * history's foreign key) and then need it alone: on MySQL, with a second writer waiting for the
   * row in between, the two deadlock.
   *
   * @throws PartnerNotFound when there is no such partner
   */
  Partner requireForUpdate(long id);
}
