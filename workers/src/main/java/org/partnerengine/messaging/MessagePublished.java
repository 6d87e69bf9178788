package org.partnerengine.messaging;

/**
 * What became of a message {@link PartnerMessages} published, as an application event (the metrics
 * count them). ACCEPTED: the engine took it (correlated now, or buffered for its time to live);
 * DUPLICATE: refused, a message with the same id is still buffered; FAILED: the engine did not answer
 * or refused it.
 */
public record MessagePublished(String messageName, Outcome outcome) {

  public enum Outcome {
    ACCEPTED,
    DUPLICATE,
    FAILED
  }
}
