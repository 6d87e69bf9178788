package org.partnerengine.rebates;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Clock;
import java.util.List;
import org.partnerengine.partner.PartnerIdPage;
import org.partnerengine.tiering.ActivePartners;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists one page of a quarter's rebate run: the active partners after the cursor (none: a new run
 * from the first partner), the cursor for the next page and whether more follow, and the quarter
 * that ended last when the run's first page was listed, kept for the run's later pages so a run that
 * spans pages (or is retried past a quarter's end) settles one quarter.
 */
@Component
public class ListPartnersForRebatesWorker {

  static final String JOB_TYPE = "rebates.list-partners";

  private final ActivePartners activePartners;
  private final RebateSettings settings;
  private final Clock clock;

  public ListPartnersForRebatesWorker(ActivePartners activePartners, RebateSettings settings, Clock clock) {
    this.activePartners = activePartners;
    this.settings = settings;
    this.clock = clock;
  }

  public record RebatePage(List<Long> partnerIds, Long afterPartnerId, boolean morePartners, String quarter) {}

  @JobWorker(type = JOB_TYPE)
  @Transactional(readOnly = true)
  public RebatePage list(@Variable(optional = true) Long afterPartnerId, @Variable(optional = true) String quarter) {
    int pageSize = settings.pageSize();
    PartnerIdPage page =
        PartnerIdPage.of(activePartners.idsAfter(PartnerIdPage.after(afterPartnerId), Limit.of(pageSize + 1)), pageSize);
    String settled = PartnerIdPage.runOf(afterPartnerId, quarter, () -> Quarter.containing(clock.instant()).previous().toString());
    return new RebatePage(page.partnerIds(), page.afterPartnerId(), page.morePartners(), settled);
  }
}
