package org.partnerengine.money;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs fx-rate-import as the application becomes ready (the listener runs before the startup
 * finishes), then every {@code partner-engine.money.fx-rate-import.interval}. Off with
 * {@code partner-engine.money.fx-rate-import.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "partner-engine.money.fx-rate-import", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
class FxRateImportSchedule {

  private final FxRateImport fxRateImport;

  FxRateImportSchedule(FxRateImport fxRateImport) {
    this.fxRateImport = fxRateImport;
  }

  @EventListener(ApplicationReadyEvent.class)
  void atStartup() {
    fxRateImport.runLogged();
  }

  @Scheduled(
      initialDelayString = "${partner-engine.money.fx-rate-import.interval:PT6H}",
      fixedDelayString = "${partner-engine.money.fx-rate-import.interval:PT6H}")
  void onSchedule() {
    fxRateImport.runLogged();
  }
}
