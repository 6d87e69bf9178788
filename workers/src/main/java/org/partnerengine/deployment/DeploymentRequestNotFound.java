package org.partnerengine.deployment;

/** A deployment request id the app does not know. */
public class DeploymentRequestNotFound extends RuntimeException {

  public DeploymentRequestNotFound(String message) {
    super(message);
  }
}
