package org.partnerengine.mdf;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.partnerengine.engine.EngineUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the process of MDF requests that were stored but never started: the engine did not
 * answer the start (it may not have taken it), or the app stopped before it did.
 *
 * <p>A request qualifies while it is REQUESTED with no process instance, and both its request and
 * its last claim are older than the grace. The sweep claims it with a conditional update first, so
 * of two sweeps only one starts it. The process's first step, the channel approval task, binds the
 * instance key when it reaches the inbox ({@link MdfInstances}), so a request whose start the
 * engine took after all no longer qualifies once that task is open: the grace must be longer than
 * a start and its first task take.
 */
@Service
public class OrphanMdfRequests {

  private static final Logger log = LoggerFactory.getLogger(OrphanMdfRequests.class);
  private static final int BATCH = 100;

  private final JdbcTemplate jdbc;
  private final MdfProcess process;
  private final MdfRequestRepository requests;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public OrphanMdfRequests(JdbcTemplate jdbc, MdfProcess process, MdfRequestRepository requests, TransactionTemplate transaction, Clock clock) {
    this.jdbc = jdbc;
    this.process = process;
    this.requests = requests;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Starts a process for each orphan older than the grace; answers how many were started. */
  public int sweep(Duration grace) {
    Instant now = clock.instant();
    Timestamp cutoff = Timestamp.from(now.minus(grace));
    List<Long> orphans =
        jdbc.queryForList(
            "select id from mdf_request where process_instance_key is null and status = 'REQUESTED'"
                + " and requested_at < ? and (start_claimed_at is null or start_claimed_at < ?)"
                + " order by id limit " + BATCH,
            Long.class,
            cutoff,
            cutoff);
    int started = 0;
    for (long mdfRequestId : orphans) {
      if (claim(mdfRequestId, now, cutoff) && start(mdfRequestId)) {
        started++;
      }
    }
    return started;
  }

  private boolean claim(long mdfRequestId, Instant now, Timestamp cutoff) {
    Integer claimed =
        transaction.execute(
            status ->
                jdbc.update(
                    "update mdf_request set start_claimed_at = ? where id = ? and process_instance_key is null"
                        + " and (start_claimed_at is null or start_claimed_at < ?)",
                    Timestamp.from(now),
                    mdfRequestId,
                    cutoff));
    return claimed != null && claimed == 1;
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
