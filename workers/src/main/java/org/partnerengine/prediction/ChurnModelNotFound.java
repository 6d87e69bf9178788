package org.partnerengine.prediction;

public class ChurnModelNotFound extends RuntimeException {
  public ChurnModelNotFound(long id) {
    super("No churn model " + id);
  }
}
