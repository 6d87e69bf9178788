package org.partnerengine.deployment;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The process ids a BPMN file declares or calls; a file the parser cannot read has none here and the engine rejects it. */
public final class ProcessIds {

  private ProcessIds() {}

  public static List<String> of(DeploymentResource resource) {
    return read(resource, model -> model.getModelElementsByType(Process.class).stream().map(Process::getId).toList());
  }

  /** The process ids the file's call activities start: a literal id, or an expression ({@code =...}) as written. */
  public static List<String> called(DeploymentResource resource) {
    return read(
        resource,
        model ->
            model.getModelElementsByType(CallActivity.class).stream()
                .map(call -> call.getSingleExtensionElement(ZeebeCalledElement.class))
                .filter(Objects::nonNull)
                .map(called -> called.getProcessId() == null ? "" : called.getProcessId().strip())
                .toList());
  }

  private static List<String> read(DeploymentResource resource, Function<BpmnModelInstance, List<String>> ids) {
    if (!resource.name().toLowerCase().endsWith(".bpmn")) {
      return List.of();
    }
    try {
      return ids.apply(Bpmn.readModelFromStream(new ByteArrayInputStream(resource.content())));
    } catch (RuntimeException unreadable) {
      return List.of();
    }
  }
}
