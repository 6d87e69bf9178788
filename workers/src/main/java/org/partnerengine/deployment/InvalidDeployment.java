package org.partnerengine.deployment;

/** The engine refused a deployment; the message is the engine's validation report. */
public class InvalidDeployment extends RuntimeException {
  public InvalidDeployment(String message) {
    super(message);
  }
}
