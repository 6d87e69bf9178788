package org.partnerengine.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the project's BPMN, DMN and form files when the app starts, through {@link Deployments}
 * so that the task inbox knows their element names and forms. The engine answers a file it has
 * already with the version it has, so every start and every app instance may deploy again.
 */
@Component
class StartupDeployment implements SmartInitializingSingleton {

  static final String[] LOCATIONS = {
    "classpath*:/processes/**/*.bpmn", "classpath*:/processes/**/*.dmn", "classpath*:/processes/**/*.form"
  };

  private final Deployments deployments;
  private final TrustedProcesses trusted;

  StartupDeployment(Deployments deployments, TrustedProcesses trusted) {
    this.deployments = deployments;
    this.trusted = trusted;
  }

  @Override
  public void afterSingletonsInstantiated() {
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
    if (!resources.isEmpty()) {
      // the bundled processes are the business processes: their jobs run, their ids are no sandbox
      trusted.trust(deployments.deploy(resources));
    }
  }
}
