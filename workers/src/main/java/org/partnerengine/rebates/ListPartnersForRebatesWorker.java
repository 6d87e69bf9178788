package org.partnerengine.rebates;

import io.camunda.client.annotation.JobWorker;
import java.time.Clock;
import java.util.List;
import org.partnerengine.tiering.ActivePartners;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Opens a quarter's rebate run: the quarter that ended last, and the partners active now. */
@Component
public class ListPartnersForRebatesWorker {

  static final String JOB_TYPE = "rebates.list-partners";

  private final ActivePartners activePartners;
  private final Clock clock;

  public ListPartnersForRebatesWorker(ActivePartners activePartners, Clock clock) {
    this.activePartners = activePartners;
    this.clock = clock;
  }

  public record RebateRun(String quarter, List<Long> partnerIds) {}

  @JobWorker(type = JOB_TYPE)
  @Transactional(readOnly = true)
  public RebateRun list() {
    return new RebateRun(Quarter.containing(clock.instant()).previous().toString(), activePartners.ids());
  }
}
