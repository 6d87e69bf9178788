package org.partnerengine.idempotency;

/** The Idempotency-Key was used before with another body, or its first request is still running. */
public class IdempotencyConflict extends RuntimeException {

  private final boolean inProgress;

  public IdempotencyConflict(String message, boolean inProgress) {
    super(message);
    this.inProgress = inProgress;
  }

  public boolean inProgress() {
    return inProgress;
  }
}
