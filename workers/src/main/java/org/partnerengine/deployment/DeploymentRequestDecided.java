package org.partnerengine.deployment;

/** A deployment request that was already approved or rejected. */
public class DeploymentRequestDecided extends RuntimeException {

  public DeploymentRequestDecided(String message) {
    super(message);
  }
}
