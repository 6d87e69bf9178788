package org.partnerengine.mdf;

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
 * Starts the process of MDF requests that were stored but never started: the engine did not
 * answer the start (it may not have taken it), or the app stopped before it did.
 *
 * <p>A request qualifies while it is REQUESTED ({@link UnstartedProcesses}); the process's first
 * step, the channel approval task, binds the instance key when it reaches the inbox ({@link
 * MdfInstances}).
 */
@Service
public class OrphanMdfRequests {

  private static final Logger log = LoggerFactory.getLogger(OrphanMdfRequests.class);

  private final UnstartedProcesses unstarted;
  private final MdfProcess process;
  private final MdfRequestRepository requests;
  private final TransactionTemplate transaction;

  public OrphanMdfRequests(JdbcTemplate jdbc, MdfProcess process, MdfRequestRepository requests, TransactionTemplate transaction, Clock clock) {
    this.unstarted = new UnstartedProcesses("mdf_request", "REQUESTED", "requested_at", jdbc, transaction, clock)
        // A campaign's request is started by its campaign's instance (a call activity).
        .onlyWhere("campaign_participation_id is null");
    this.process = process;
    this.requests = requests;
    this.transaction = transaction;
  }

  /** Starts a process for each orphan older than the grace; answers how many were started. */
  public int sweep(Duration grace) {
    return unstarted.sweep(grace, this::start);
  }

  private boolean start(long mdfRequestId) {
    try {
      MdfRequest request = transaction.execute(status -> requests.require(mdfRequestId));
      long processInstanceKey = process.start(request);
      transaction.executeWithoutResult(status -> requests.attachProcessInstance(mdfRequestId, processInstanceKey));
      log.info("Started the process of MDF request {}, stored without one: instance {}", mdfRequestId, processInstanceKey);
      return true;
    } catch (EngineUnavailable e) {
      // The claim expires after the grace, and a later sweep tries again.
      log.warn("The process of MDF request {} is still not started: {}", mdfRequestId, e.getMessage());
      return false;
    }
  }
}
