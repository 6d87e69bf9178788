package org.partnerengine.cosell;

/** A proposal that cannot be a split of its deal: why, in words the proposer can act on. */
public class InvalidSplit extends RuntimeException {
  public InvalidSplit(String reason) {
    super(reason);
  }
}
