package org.partnerengine.offboarding;

/**
 * Cancels an offboarded partner's open market development fund reservations, giving the budget
 * back. The MDF feature provides the real implementation; until then nothing is cancelled.
 */
public interface MdfReservations {

  /** Cancels every open reservation of the partner; safe to call again. */
  void cancelOpenReservations(long partnerId, String reason);
}
