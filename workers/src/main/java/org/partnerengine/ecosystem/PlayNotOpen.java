package org.partnerengine.ecosystem;

/** A play that is not waiting for the partner's answer (unknown, someone else's, answered or expired). */
public class PlayNotOpen extends RuntimeException {

  public PlayNotOpen(long playId) {
    super("Play " + playId + " is not waiting for an answer from this partner");
  }
}
