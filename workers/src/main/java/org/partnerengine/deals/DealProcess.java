package org.partnerengine.deals;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.partnerengine.engine.ProcessStarter;
import org.springframework.stereotype.Component;

/** Starts one deal-registration instance per deal, with the protection durations from configuration. */
@Component
public class DealProcess {

  public static final String BPMN_PROCESS_ID = "deal-registration";

  private final ProcessStarter engine;
  private final DealSettings settings;

  public DealProcess(ProcessStarter engine, DealSettings settings) {
    this.engine = engine;
    this.settings = settings;
  }

  static final String WHAT = "the deal registration";

  public long start(long dealId, long partnerId) {
    return engine.start(WHAT, BPMN_PROCESS_ID, variables(dealId, partnerId));
  }

  /** Sends the start without waiting: see {@link org.partnerengine.engine.ProcessStarter#startAsync}. */
  public CompletableFuture<Long> startAsync(long dealId, long partnerId) {
    return engine.startAsync(WHAT, BPMN_PROCESS_ID, variables(dealId, partnerId));
  }

  private Map<String, Object> variables(long dealId, long partnerId) {
    return Map.of(
        "dealId", dealId,
        "partnerId", partnerId,
        "dealProtectionWindow", settings.protectionWindow().toString(),
        "dealProtectionExtension", settings.protectionExtension().toString());
  }
}
