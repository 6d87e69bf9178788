package org.partnerengine.region;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import org.partnerengine.region.RegionCatalogue.LaunchReadiness;
import org.springframework.stereotype.Component;

/**
 * The jobs of region-launch. Each is safe to run twice: binding answers the same, confirmations
 * are stored as given, and going live tells each held application under one message id.
 */
@Component
public class RegionLaunchWorkers {

  private final RegionCatalogue catalogue;

  public RegionLaunchWorkers(RegionCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  public record Opened(boolean duplicate) {}

  /** Binds the launch to this instance; an instance started a second time for it ends. */
  @JobWorker(type = "region.open-launch")
  public Opened open(@ProcessInstanceKey long processInstanceKey, @Variable long regionId) {
    return new Opened(!catalogue.bind(regionId, processInstanceKey));
  }

  /** Stores what the tasks confirmed and answers each checklist item for the gate. */
  @JobWorker(type = "region.check-readiness")
  public LaunchReadiness checkReadiness(
      @Variable long regionId, @Variable(optional = true) String legalEntity, @Variable(optional = true) String taxForm) {
    return catalogue.checkReadiness(regionId, legalEntity, taxForm);
  }

  public record WentLive(int applicationsReleased) {}

  @JobWorker(type = "region.go-live")
  public WentLive goLive(@Variable long regionId) {
    return new WentLive(catalogue.goLive(regionId));
  }
}
