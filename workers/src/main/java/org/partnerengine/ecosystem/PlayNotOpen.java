package org.partnerengine.ecosystem;

/** The partner's play is not waiting for an answer: not offered yet, answered, or its window closed. */
public class PlayNotOpen extends RuntimeException {

  public PlayNotOpen(long playId) {
    super("Play " + playId + " is not waiting for an answer: not offered yet, answered already, or its window closed");
  }
}
