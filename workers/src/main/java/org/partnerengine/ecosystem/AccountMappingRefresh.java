package org.partnerengine.ecosystem;

import java.util.Map;
import org.partnerengine.messaging.ProgrammeLoops;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the account-mapping refresh loop when the app is ready: one loop per engine, however
 * many times the app starts (see {@link ProgrammeLoops}).
 */
@Component
class AccountMappingRefresh {

  static final String MESSAGE = "account-mapping-refresh-started";
  static final String CORRELATION_KEY = "account-mapping-refresh";

  private final ProgrammeLoops loops;
  private final EcosystemSettings settings;

  AccountMappingRefresh(ProgrammeLoops loops, EcosystemSettings settings) {
    this.loops = loops;
    this.settings = settings;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (settings.refreshEnabled()) {
      loops.startOnce(MESSAGE, CORRELATION_KEY, Map.of("refreshInterval", settings.refreshInterval().toString()));
    }
  }
}
