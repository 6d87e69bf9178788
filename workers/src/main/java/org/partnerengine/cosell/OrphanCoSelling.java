package org.partnerengine.cosell;

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
 * Starts the co-sell requests and revenue splits that were stored but never started (the engine
 * did not answer, or the app stopped first). The process's first step binds its instance, and a
 * second instance for the same request ends there.
 */
@Service
public class OrphanCoSelling {

  private static final Logger log = LoggerFactory.getLogger(OrphanCoSelling.class);

  private final UnstartedProcesses requests;
  private final UnstartedProcesses proposedSplits;
  private final UnstartedProcesses acceptedSplits;
  private final CoSellRequests coSellRequests;
  private final DealSplits splits;
  private final CoSellProcess coSellProcess;
  private final RevenueSplitProcess splitProcess;

  public OrphanCoSelling(
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      Clock clock,
      CoSellRequests coSellRequests,
      DealSplits splits,
      CoSellProcess coSellProcess,
      RevenueSplitProcess splitProcess) {
    this.requests = new UnstartedProcesses("co_sell_request", CoSellStatus.OPEN.name(), "requested_at", jdbc, transaction, clock);
    this.proposedSplits = new UnstartedProcesses("deal_split", SplitStatus.PROPOSED.name(), "proposed_at", jdbc, transaction, clock);
    this.acceptedSplits = new UnstartedProcesses("deal_split", SplitStatus.OWNER_ACCEPTED.name(), "proposed_at", jdbc, transaction, clock);
    this.coSellRequests = coSellRequests;
    this.splits = splits;
    this.coSellProcess = coSellProcess;
    this.splitProcess = splitProcess;
  }

  /** Starts a process for each orphan older than the grace; answers how many were started. */
  public int sweep(Duration grace) {
    return requests.sweep(grace, id -> start("co-sell request", id, () -> coSellProcess.start(coSellRequests.require(id))))
        + proposedSplits.sweep(grace, id -> start("revenue split", id, () -> splitProcess.start(splits.require(id))))
        + acceptedSplits.sweep(grace, id -> start("revenue split", id, () -> splitProcess.start(splits.require(id))));
  }

  private static boolean start(String what, long id, java.util.function.LongSupplier start) {
    try {
      long instance = start.getAsLong();
      log.info("Started the {} {}, stored without a process: instance {}", what, id, instance);
      return true;
    } catch (EngineUnavailable e) {
      log.warn("The {} {} is still not started: {}", what, id, e.getMessage());
      return false;
    }
  }
}
