package org.partnerengine.engine;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Refuses to start on an engine mode this build cannot serve, before anything else is built. The
 * production artifact carries no embedded engine (it is for non-production use only, and lives in
 * the {@code engine-embedded} module that only the tests and the run command put on the class
 * path), so it starts in remote mode only.
 */
class EngineModeCheck implements EnvironmentPostProcessor, Ordered {

  /** Present only where the embedded engine is on the class path. */
  static final String EMBEDDED_ENGINE = "org.partnerengine.engine.EmbeddedEngineConfiguration";

  @Override
  public int getOrder() {
    // After the application*.yml files are read.
    return ConfigDataEnvironmentPostProcessor.ORDER + 1;
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    String mode = environment.getProperty(EngineMode.PROPERTY, EngineMode.EMBEDDED.name()).strip();
    if (Arrays.stream(EngineMode.values()).noneMatch(known -> known.name().equalsIgnoreCase(mode))) {
      throw new EngineModeUnavailable(
          "%s=%s is not an engine mode.".formatted(EngineMode.PROPERTY, mode),
          "Set %s (PARTNER_ENGINE_ENGINE_MODE) to remote, or to embedded for a trial on this machine."
              .formatted(EngineMode.PROPERTY));
    }
    boolean embedded = EngineMode.EMBEDDED.name().equals(mode.toUpperCase(Locale.ROOT));
    if (embedded && !ClassUtils.isPresent(EMBEDDED_ENGINE, app.getClassLoader())) {
      throw new EngineModeUnavailable(
          "This is the production build of Partner Engine: it has no embedded engine and runs against"
              + " a Camunda 8.8 cluster only, but %s is %s.".formatted(EngineMode.PROPERTY, mode),
          """
          Start it in remote mode against your cluster: PARTNER_ENGINE_ENGINE_MODE=remote (or the \
          'remote' Spring profile) with ZEEBE_GRPC_ADDRESS, ZEEBE_REST_ADDRESS and the cluster's \
          credentials (see the README, "Run it for real"). To try the app on this machine with the \
          embedded engine, use the README's run command instead.""");
    }
  }
}
