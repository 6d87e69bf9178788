package org.partnerengine.deployment;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Deploys the project's BPMN, DMN and form files when the app starts, through {@link Deployments}
 * so that the task inbox knows their element names and forms. The engine answers a file it has
 * already with the version it has, so every start and every app instance may deploy again.
 */
@Component
class StartupDeployment implements SmartInitializingSingleton {

  private final Deployments deployments;
  private final BundledModels bundled;

  StartupDeployment(Deployments deployments, BundledModels bundled) {
    this.deployments = deployments;
    this.bundled = bundled;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (!bundled.resources().isEmpty()) {
      deployments.deploy(bundled.resources());
    }
  }
}
