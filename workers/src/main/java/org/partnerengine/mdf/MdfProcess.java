package org.partnerengine.mdf;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.partnerengine.engine.ProcessStarter;
import org.partnerengine.region.Region;
import org.partnerengine.region.Regions;
import org.springframework.stereotype.Component;

/** Starts one mdf-request instance per request. */
@Component
public class MdfProcess {

  public static final String BPMN_PROCESS_ID = "mdf-request";

  private final ProcessStarter engine;
  private final MdfSettings settings;
  private final Regions regions;

  public MdfProcess(ProcessStarter engine, MdfSettings settings, Regions regions) {
    this.engine = engine;
    this.settings = settings;
    this.regions = regions;
  }

  static final String WHAT = "the MDF request";

  public long start(MdfRequest request) {
    return engine.start(WHAT, BPMN_PROCESS_ID, variables(request));
  }

  /** Sends the start without waiting: see {@link org.partnerengine.engine.ProcessStarter#startAsync}. */
  public CompletableFuture<Long> startAsync(MdfRequest request) {
    return engine.startAsync(WHAT, BPMN_PROCESS_ID, variables(request));
  }

  /** What an mdf-request instance starts with; a campaign passes them to the instance it calls. */
  public Map<String, Object> variables(MdfRequest request) {
    return Map.of(
        "mdfRequestId", request.getId(),
        "partnerId", request.getPartnerId(),
        "tier", request.getTier(),
        // In the programme currency, as the approval chain's thresholds and the budgets are.
        "amount", request.budgetAmount(),
        "mdfClaimDeadline", settings.claimDeadline().toString(),
        // The approval chain may differ by market.
        "region", regions.findById(request.getRegionId()).map(Region::getCode).orElse(""));
  }
}
