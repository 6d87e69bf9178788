package org.partnerengine.mdf;

import java.util.Map;
import org.partnerengine.engine.ProcessStarter;
import org.springframework.stereotype.Component;

/** Starts one mdf-request instance per request. */
@Component
public class MdfProcess {

  public static final String BPMN_PROCESS_ID = "mdf-request";

  private final ProcessStarter engine;
  private final MdfSettings settings;

  public MdfProcess(ProcessStarter engine, MdfSettings settings) {
    this.engine = engine;
    this.settings = settings;
  }

  public long start(MdfRequest request) {
    return engine.start(
        "the MDF request",
        BPMN_PROCESS_ID,
        Map.of(
            "mdfRequestId", request.getId(),
            "partnerId", request.getPartnerId(),
            "tier", request.getTier(),
            "amount", request.getAmount(),
            "mdfClaimDeadline", settings.claimDeadline().toString()));
  }
}
