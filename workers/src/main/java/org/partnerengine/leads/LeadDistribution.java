package org.partnerengine.leads;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.partnerengine.engine.ProcessStarter;
import org.springframework.stereotype.Component;

/** Starts one lead-distribution instance per lead, with the acceptance window and offer limit from configuration. */
@Component
public class LeadDistribution {

  public static final String BPMN_PROCESS_ID = "lead-distribution";
  static final String WHAT = "the lead distribution";

  private final ProcessStarter engine;
  private final LeadSettings settings;

  public LeadDistribution(ProcessStarter engine, LeadSettings settings) {
    this.engine = engine;
    this.settings = settings;
  }

  public long start(long leadId) {
    return engine.start(WHAT, BPMN_PROCESS_ID, variables(leadId));
  }

  /** Sends the start without waiting: see {@link ProcessStarter#startAsync}. */
  public CompletableFuture<Long> startAsync(long leadId) {
    return engine.startAsync(WHAT, BPMN_PROCESS_ID, variables(leadId));
  }

  /** What an instance carries besides the lead: its id and the durations and limits from configuration. */
  public Map<String, Object> variables(long leadId) {
    return Map.of(
        "leadId", leadId,
        "acceptanceWindow", settings.acceptanceWindow().toString(),
        "maxOffers", settings.maxOffers(),
        "offersMade", 0,
        "leadStatusReminder", settings.statusReminder().toString(),
        "leadReclaimAfter", settings.reclaimAfter().toString());
  }
}
