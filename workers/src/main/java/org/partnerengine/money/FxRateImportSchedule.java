package org.partnerengine.money;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs fx-rate-import as the application becomes ready (the listener runs before the startup
 * finishes), then every {@code partner-engine.money.fx-rate-import.interval}. Off with
 * {@code partner-engine.money.fx-rate-import.enabled=false}: read at run time, not as a condition,
 * because the AOT-processed app decides its conditions at build time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class FxRateImportSchedule {

  private final FxRateImport fxRateImport;
  private final MoneySettings settings;

  FxRateImportSchedule(FxRateImport fxRateImport, MoneySettings settings) {
    this.fxRateImport = fxRateImport;
    this.settings = settings;
  }

  @EventListener(ApplicationReadyEvent.class)
  void atStartup() {
    runIfEnabled();
  }

  @Scheduled(
      initialDelayString = "${partner-engine.money.fx-rate-import.interval:PT6H}",
      fixedDelayString = "${partner-engine.money.fx-rate-import.interval:PT6H}")
  void onSchedule() {
    runIfEnabled();
  }

  private void runIfEnabled() {
    if (settings.fxRateImport().enabled()) {
      fxRateImport.runLogged();
    }
  }
}
