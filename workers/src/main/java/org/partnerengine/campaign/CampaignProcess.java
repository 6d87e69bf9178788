package org.partnerengine.campaign;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.partnerengine.engine.ProcessStarter;
import org.springframework.stereotype.Component;

/** Starts one joint-campaign instance per campaign; its only variable is the campaign's id. */
@Component
public class CampaignProcess {

  public static final String BPMN_PROCESS_ID = "joint-campaign";
  private static final String WHAT = "the joint campaign";

  private final ProcessStarter engine;

  public CampaignProcess(ProcessStarter engine) {
    this.engine = engine;
  }

  public long start(long campaignId) {
    return engine.start(WHAT, BPMN_PROCESS_ID, Map.of("campaignId", campaignId));
  }

  public CompletableFuture<Long> startAsync(long campaignId) {
    return engine.startAsync(WHAT, BPMN_PROCESS_ID, Map.of("campaignId", campaignId));
  }
}
