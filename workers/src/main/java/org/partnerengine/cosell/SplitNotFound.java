package org.partnerengine.cosell;

public class SplitNotFound extends RuntimeException {
  public SplitNotFound(long id) {
    super("No revenue split " + id);
  }
}
