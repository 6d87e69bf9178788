package org.partnerengine.deployment;

import java.util.List;

/** What one deployment put into the engine. */
public record DeploymentResult(
    long deploymentKey, List<Item> processes, List<Item> decisions, List<Item> forms) {

  /** A deployed resource: its id, the version the engine gave it and its key. */
  public record Item(String id, int version, long key, String resourceName) {}
}
