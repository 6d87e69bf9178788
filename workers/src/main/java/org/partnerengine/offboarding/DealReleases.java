package org.partnerengine.offboarding;

/**
 * Releases an offboarded partner's protected deal registrations, so their customers are open to
 * others. Deal registration provides the real implementation; until then nothing is released.
 */
public interface DealReleases {

  /** Releases every protected deal of the partner; safe to call again (a released deal stays released). */
  void releaseProtectedDeals(long partnerId, String reason);
}
