package org.partnerengine.recruitment;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.partnerengine.region.RegionCatalogue;
import org.partnerengine.region.RegionCatalogue.RegionCheck;
import org.springframework.stereotype.Component;

/**
 * Lets an application go on to screening only when its region is live; otherwise it is held (not
 * rejected) until the region goes live. Also hands the process the region's approver groups.
 */
@Component
public class CheckRegionWorker {

  static final String JOB_TYPE = "recruitment.check-region";

  private final RegionCatalogue regions;

  public CheckRegionWorker(RegionCatalogue regions) {
    this.regions = regions;
  }

  @JobWorker(type = JOB_TYPE)
  public RegionCheck check(@Variable long partnerId) {
    return regions.checkApplication(partnerId);
  }
}
