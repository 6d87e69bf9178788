package org.partnerengine.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the project's BPMN, DMN and form files when the app starts, through {@link Deployments}
 * so that the task inbox knows their element names and forms. The embedded engine starts empty,
 * so it always gets them. On a remote cluster the files are compared by checksum with the set
 * already deployed from the database: unchanged files are not sent again (the registry in the
 * database already knows them), so a restart or a second app instance starts without a
 * deployment.
 *
 * <p>The embedded engine gets the files as soon as this bean exists, on a thread of its own: the
 * engine parses them while the rest of the app starts, and the app is ready once both are done.
 */
@Component
class StartupDeployment implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(StartupDeployment.class);

  static final String[] LOCATIONS = {
    "classpath*:/processes/**/*.bpmn", "classpath*:/processes/**/*.dmn", "classpath*:/processes/**/*.form"
  };

  private final Deployments deployments;
  private final TrustedProcesses trusted;
  private final ProcessStore stored;
  private final List<DeploymentResource> resources;
  /** The embedded engine's deployment, sent when this bean was made; null on a remote cluster. */
  private final Deployments.StartedDeployment started;

  StartupDeployment(Deployments deployments, TrustedProcesses trusted, ProcessStore stored) {
    this.deployments = deployments;
    this.trusted = trusted;
    this.stored = stored;
    this.resources = bundledResources();
    boolean embedded = !deployments.keptInDatabase();
    this.started = embedded && !resources.isEmpty() ? deployments.startDeploying(resources) : null;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (started != null) {
      // the bundled processes are the business processes: their jobs run, their ids are no sandbox
      trusted.trust(started.finish());
      return;
    }
    if (resources.isEmpty()) {
      return;
    }
    String checksum = checksum(resources);
    if (deployments.keptInDatabase() && stored.bundleDeployed(checksum)) {
      log.info("The bundled models are deployed already (checksum {}): nothing to deploy", checksum.substring(0, 12));
      return;
    }
    DeploymentResult deployed = deployments.deploy(resources);
    // the bundled processes are the business processes: their jobs run, their ids are no sandbox
    trusted.trust(deployed);
    if (deployments.keptInDatabase()) {
      stored.bundleDeployed(checksum, deployed.deploymentKey());
    }
  }

  private static List<DeploymentResource> bundledResources() {
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
    return resources;
  }

  /** SHA-256 over every file's name and content, in name order: the same files, the same sum. */
  static String checksum(List<DeploymentResource> resources) {
    MessageDigest sha256 = sha256();
    resources.stream()
        .sorted(Comparator.comparing(DeploymentResource::name))
        .forEach(
            resource -> {
              sha256.update(resource.name().getBytes(StandardCharsets.UTF_8));
              sha256.update((byte) 0);
              sha256.update(Integer.toString(resource.content().length).getBytes(StandardCharsets.UTF_8));
              sha256.update((byte) 0);
              sha256.update(resource.content());
            });
    return HexFormat.of().formatHex(sha256.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
