package org.partnerengine.engine;

import io.camunda.client.api.response.DeploymentEvent;
import java.util.List;
import java.util.Optional;

/** Deploys BPMN, DMN and form files, and reads back a process version deployed some other way. */
public interface ResourceDeployer {

  /**
   * Deploys the files as one deployment: the engine takes them all or none.
   *
   * @throws EngineRefused INVALID_ARGUMENT when the engine rejects a file
   * @throws EngineUnavailable when the engine does not take the deployment
   */
  DeploymentEvent deploy(List<Resource> resources);

  /** A process version by key, from a cluster's REST API; empty when the cluster has none. */
  Optional<FetchedProcess> fetchProcess(long processDefinitionKey);

  /** A file to deploy. */
  record Resource(String name, byte[] content) {}

  /** A process version as the cluster knows it. */
  record FetchedProcess(String bpmnProcessId, int version, String resourceName, String xml) {}
}
