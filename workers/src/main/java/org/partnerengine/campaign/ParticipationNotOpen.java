package org.partnerengine.campaign;

/** A participation asked for a move its state does not allow (answered twice, responses after the end): 409. */
public class ParticipationNotOpen extends RuntimeException {

  public ParticipationNotOpen(Long participationId, ParticipationStatus status, String what) {
    super("Campaign participation " + participationId + " is " + status + ": it cannot be " + what);
  }
}
