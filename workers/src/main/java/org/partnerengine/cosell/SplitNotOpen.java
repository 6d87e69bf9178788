package org.partnerengine.cosell;

/** A split was answered or decided in an order its state does not admit. */
public class SplitNotOpen extends RuntimeException {
  public SplitNotOpen(Long id, SplitStatus status) {
    super("Revenue split " + id + " is " + status.name().toLowerCase().replace('_', ' '));
  }
}
