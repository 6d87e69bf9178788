package org.partnerengine.deployment;

/** A file to deploy: a BPMN process, a DMN decision or a form, by its file name. */
public record DeploymentResource(String name, byte[] content) {

  public boolean isProcess() {
    return name.endsWith(".bpmn");
  }

  public boolean isForm() {
    return name.endsWith(".form");
  }
}
