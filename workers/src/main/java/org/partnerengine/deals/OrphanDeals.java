package org.partnerengine.deals;

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
 * Starts the registration process of deals that were stored but never started: the engine did
 * not answer the start (it may not have taken it), or the app stopped before it did.
 *
 * <p>A deal qualifies while it is REGISTERED with no process instance, and both its registration
 * and its last claim are older than the grace. The sweep claims it with a conditional update
 * first, so of two sweeps only one starts it. The process's first step binds the instance key
 * ({@link DealWorkers#checkConflict}), so a deal whose start the engine took after all no longer
 * qualifies once that step ran: the grace must be longer than a start and its first step take.
 */
@Service
public class OrphanDeals {

  private static final Logger log = LoggerFactory.getLogger(OrphanDeals.class);
  private static final int BATCH = 100;

  private final JdbcTemplate jdbc;
  private final DealProcess process;
  private final Deals deals;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public OrphanDeals(JdbcTemplate jdbc, DealProcess process, Deals deals, TransactionTemplate transaction, Clock clock) {
    this.jdbc = jdbc;
    this.process = process;
    this.deals = deals;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Starts a registration for each orphan older than the grace; answers how many were started. */
  public int sweep(Duration grace) {
    Instant now = clock.instant();
    Timestamp cutoff = Timestamp.from(now.minus(grace));
    List<Long> orphans =
        jdbc.queryForList(
            "select id from deal where process_instance_key is null and status = 'REGISTERED'"
                + " and registered_at < ? and (start_claimed_at is null or start_claimed_at < ?)"
                + " order by id limit " + BATCH,
            Long.class,
            cutoff,
            cutoff);
    int started = 0;
    for (long dealId : orphans) {
      if (claim(dealId, now, cutoff) && start(dealId)) {
        started++;
      }
    }
    return started;
  }

  private boolean claim(long dealId, Instant now, Timestamp cutoff) {
    Integer claimed =
        transaction.execute(
            status ->
                jdbc.update(
                    "update deal set start_claimed_at = ? where id = ? and process_instance_key is null"
                        + " and (start_claimed_at is null or start_claimed_at < ?)",
                    Timestamp.from(now),
                    dealId,
                    cutoff));
    return claimed != null && claimed == 1;
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
