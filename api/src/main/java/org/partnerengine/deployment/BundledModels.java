package org.partnerengine.deployment;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.Process;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The BPMN, DMN and form files the product ships under {@code processes/}: deployed at startup,
 * and the processes among them are the business processes, which move partners, money and
 * status. Designers try their own models in a sandbox; the business processes are not theirs to
 * start with variables of their choosing.
 */
@Component
public class BundledModels {

  static final String[] LOCATIONS = {
    "classpath*:/processes/**/*.bpmn", "classpath*:/processes/**/*.dmn", "classpath*:/processes/**/*.form"
  };

  private final List<DeploymentResource> resources;
  private final Set<String> businessProcessIds;

  BundledModels() {
    this.resources = read();
    Set<String> ids = new TreeSet<>();
    for (DeploymentResource resource : resources) {
      if (resource.name().endsWith(".bpmn")) {
        Bpmn.readModelFromStream(new ByteArrayInputStream(resource.content()))
            .getModelElementsByType(Process.class)
            .forEach(process -> ids.add(process.getId()));
      }
    }
    this.businessProcessIds = Set.copyOf(ids);
  }

  List<DeploymentResource> resources() {
    return resources;
  }

  public boolean isBusinessProcess(String bpmnProcessId) {
    return businessProcessIds.contains(bpmnProcessId);
  }

  public Set<String> businessProcessIds() {
    return businessProcessIds;
  }

  private static List<DeploymentResource> read() {
    List<DeploymentResource> resources = new ArrayList<>();
    var resolver = new PathMatchingResourcePatternResolver();
    try {
      for (String location : LOCATIONS) {
        for (Resource resource : resolver.getResources(location)) {
          try (InputStream in = resource.getInputStream()) {
            resources.add(new DeploymentResource(resource.getFilename(), in.readAllBytes()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the process files", e);
    }
    return List.copyOf(resources);
  }
}
