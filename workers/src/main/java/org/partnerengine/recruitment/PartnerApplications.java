package org.partnerengine.recruitment;

import java.time.Clock;
import org.partnerengine.lifecycle.EngineUnavailable;
import org.partnerengine.lifecycle.LifecycleProcess;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns an application into a partner with a running lifecycle.
 *
 * <p>The partner is committed before the process starts, so the first worker always finds it.
 * If the engine refuses the start, the partner is removed again: an application either gets a
 * partner and a process, or leaves nothing behind.
 */
@Service
public class PartnerApplications {

  private final Partners partners;
  private final PartnerEvents events;
  private final PartnerHistory history;
  private final LifecycleProcess lifecycle;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public PartnerApplications(
      Partners partners,
      PartnerEvents events,
      PartnerHistory history,
      LifecycleProcess lifecycle,
      TransactionTemplate transaction,
      Clock clock) {
    this.partners = partners;
    this.events = events;
    this.history = history;
    this.lifecycle = lifecycle;
    this.transaction = transaction;
    this.clock = clock;
  }

  public ApplicationReceipt apply(PartnerApplication application) {
    long partnerId = transaction.execute(status -> register(application).getId());
    long processInstanceKey;
    try {
      processInstanceKey = lifecycle.start(partnerId);
    } catch (EngineUnavailable e) {
      transaction.executeWithoutResult(status -> withdraw(partnerId));
      throw e;
    }
    // The first worker may update the partner at the same moment: try again on a lost race.
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(
            status -> {
              Partner partner = partners.require(partnerId);
              partner.attachProcessInstance(processInstanceKey, clock.instant());
              return new ApplicationReceipt(partnerId, processInstanceKey, partner.getStage());
            });
      } catch (OptimisticLockingFailureException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  private Partner register(PartnerApplication application) {
    Partner partner =
        partners.save(
            new Partner(
                application.companyName().strip(),
                application.partnerType(),
                application.country(),
                application.website().strip(),
                application.contactName().strip(),
                application.contactEmail().strip(),
                application.annualRevenue(),
                application.employees(),
                clock.instant()));
    history.record(partner, "APPLICATION_RECEIVED", "applicant", partner.getCompanyName());
    return partner;
  }

  private void withdraw(long partnerId) {
    events.deleteAll(events.findByPartnerIdOrderByOccurredAtAscIdAsc(partnerId));
    partners.deleteById(partnerId);
  }
}
