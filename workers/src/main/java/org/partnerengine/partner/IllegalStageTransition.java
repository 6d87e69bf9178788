package org.partnerengine.partner;

/** The business forbids this move: the partner is not in a stage that leads to the requested one. */
public class IllegalStageTransition extends RuntimeException {
  public IllegalStageTransition(Long partnerId, Stage from, Stage to) {
    super("Partner " + partnerId + " cannot move from " + from + " to " + to);
  }
}
