package org.partnerengine.deals;

import java.util.Map;
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

  public long start(long dealId, long partnerId) {
    return engine.start(
        "the deal registration",
        BPMN_PROCESS_ID,
        Map.of(
            "dealId", dealId,
            "partnerId", partnerId,
            "dealProtectionWindow", settings.protectionWindow().toString(),
            "dealProtectionExtension", settings.protectionExtension().toString()));
  }
}
