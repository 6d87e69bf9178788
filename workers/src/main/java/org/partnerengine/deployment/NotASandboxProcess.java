package org.partnerengine.deployment;

/** A designer tried to start or replace one of the product's own processes from the sandbox. */
public class NotASandboxProcess extends RuntimeException {

  public NotASandboxProcess(String message) {
    super(message);
  }
}
