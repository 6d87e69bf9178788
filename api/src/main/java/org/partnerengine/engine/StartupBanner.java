package org.partnerengine.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the app where to go, and what the embedded engine will forget. */
@Component
class StartupBanner {

  private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

  private final String mode;

  StartupBanner(@Value("${" + EngineMode.PROPERTY + ":embedded}") String mode) {
    this.mode = mode;
  }

  @EventListener
  void onReady(ApplicationReadyEvent event) {
    String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
    String base = "http://localhost:" + port;
    log.info("Partner Engine is up. Web page: {}/  API: {}/api  OpenAPI: {}/swagger-ui.html  Health: {}/actuator/health", base, base, base, base);
    if (EngineMode.EMBEDDED.name().equalsIgnoreCase(mode)) {
      log.warn(
          "Embedded engine and in-memory database: every partner, task and process instance is kept in memory"
              + " and forgotten when the app stops. Run with the 'remote' profile to keep them (see README).");
    }
  }
}
