package org.partnerengine.deployment;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.Process;
import java.io.ByteArrayInputStream;
import java.util.List;

/** The process ids a BPMN file declares; a file the parser cannot read declares none here and the engine rejects it. */
public final class ProcessIds {

  private ProcessIds() {}

  public static List<String> of(DeploymentResource resource) {
    if (!resource.name().toLowerCase().endsWith(".bpmn")) {
      return List.of();
    }
    try {
      return Bpmn.readModelFromStream(new ByteArrayInputStream(resource.content())).getModelElementsByType(Process.class).stream()
          .map(Process::getId)
          .toList();
    } catch (RuntimeException unreadable) {
      return List.of();
    }
  }
}
