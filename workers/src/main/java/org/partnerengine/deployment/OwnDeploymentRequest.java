package org.partnerengine.deployment;

/** Four eyes: the requester of a deployment cannot decide it. */
public class OwnDeploymentRequest extends RuntimeException {

  public OwnDeploymentRequest(String message) {
    super(message);
  }
}
