package org.partnerengine.ecosystem;

/** No such play for this partner: unknown, or another partner's. */
public class PlayNotFound extends RuntimeException {

  public PlayNotFound(long playId) {
    super("No play " + playId + " for this partner");
  }
}
