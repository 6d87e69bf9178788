package org.partnerengine.region;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.partnerengine.engine.ProcessStarter;
import org.springframework.stereotype.Component;

/** Starts one region-launch instance per launch: the checklist that gates a market's opening. */
@Component
public class RegionLaunchProcess {

  public static final String BPMN_PROCESS_ID = "region-launch";
  private static final String WHAT = "the region launch";

  private final ProcessStarter engine;

  public RegionLaunchProcess(ProcessStarter engine) {
    this.engine = engine;
  }

  public long start(Region region) {
    return engine.start(WHAT, BPMN_PROCESS_ID, variables(region));
  }

  public CompletableFuture<Long> startAsync(Region region) {
    return engine.startAsync(WHAT, BPMN_PROCESS_ID, variables(region));
  }

  private static Map<String, Object> variables(Region region) {
    return Map.of("regionId", region.getId(), "regionCode", region.getCode(), "regionName", region.getName());
  }
}
