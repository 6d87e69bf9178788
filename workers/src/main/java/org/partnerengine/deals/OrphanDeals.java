package org.partnerengine.deals;

import java.time.Clock;
import java.time.Duration;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.engine.UnstartedProcesses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the registration process of deals that were stored but never started: the engine did
 * not answer the start (it may not have taken it), or the app stopped before it did.
 *
 * <p>A deal qualifies while it is REGISTERED ({@link UnstartedProcesses}); the process's first
 * step binds the instance key ({@link DealWorkers#checkConflict}).
 */
@Service
public class OrphanDeals {

  private static final Logger log = LoggerFactory.getLogger(OrphanDeals.class);

  private final UnstartedProcesses unstarted;
  private final DealProcess process;
  private final Deals deals;
  private final TransactionTemplate transaction;

  public OrphanDeals(JdbcTemplate jdbc, DealProcess process, Deals deals, TransactionTemplate transaction, Clock clock) {
    this.unstarted = new UnstartedProcesses("deal", "REGISTERED", "registered_at", jdbc, transaction, clock);
    this.process = process;
    this.deals = deals;
    this.transaction = transaction;
  }

  /** Starts a registration for each orphan older than the grace; answers how many were started. */
  public int sweep(Duration grace) {
    return unstarted.sweep(grace, this::start);
  }

  private boolean start(long dealId) {
    try {
      long partnerId = transaction.execute(status -> deals.require(dealId).getPartnerId());
      long processInstanceKey = process.start(dealId, partnerId);
      transaction.executeWithoutResult(status -> deals.attachProcessInstance(dealId, processInstanceKey));
      log.info("Started the registration of deal {}, stored without one: instance {}", dealId, processInstanceKey);
      return true;
    } catch (EngineUnavailable e) {
      // The claim expires after the grace, and a later sweep tries again.
      log.warn("The registration of deal {} is still not started: {}", dealId, e.getMessage());
      return false;
    }
  }
}
