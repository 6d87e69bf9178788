package org.partnerengine.recovery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.lifecycle.LifecycleProcess;
import org.partnerengine.partner.Partners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the lifecycle of applications that were stored but never started: the app stopped (or
 * its connection to the engine broke) after the partner was committed and before the process
 * start was taken.
 *
 * <p>A partner qualifies when it is still in RECRUIT with no process instance, and both its
 * creation and its last claim are older than the grace period. The sweep claims it with a
 * conditional update first, so of two sweeps (two app instances) only one starts it. If the sweep
 * itself stops after the start, the lifecycle's first worker binds the instance key, and the
 * partner no longer qualifies.
 */
@Service
public class OrphanApplications {

  private static final Logger log = LoggerFactory.getLogger(OrphanApplications.class);
  private static final int BATCH = 100;

  private final JdbcTemplate jdbc;
  private final LifecycleProcess lifecycle;
  private final Partners partners;
  private final TransactionTemplate transaction;
  private final RecoverySettings settings;
  private final Clock clock;

  public OrphanApplications(
      JdbcTemplate jdbc,
      LifecycleProcess lifecycle,
      Partners partners,
      TransactionTemplate transaction,
      RecoverySettings settings,
      Clock clock) {
    this.jdbc = jdbc;
    this.lifecycle = lifecycle;
    this.partners = partners;
    this.transaction = transaction;
    this.settings = settings;
    this.clock = clock;
  }

  /** Starts a lifecycle for each orphan found; answers how many were started. */
  public int sweep() {
    Instant now = clock.instant();
    Timestamp cutoff = Timestamp.from(now.minus(settings.orphanGrace()));
    List<Long> orphans =
        jdbc.queryForList(
            "select id from partner where process_instance_key is null and stage = 'RECRUIT'"
                + " and created_at < ? and (lifecycle_claimed_at is null or lifecycle_claimed_at < ?)"
                + " order by id limit " + BATCH,
            Long.class,
            cutoff,
            cutoff);
    int started = 0;
    for (long partnerId : orphans) {
      if (claim(partnerId, now, cutoff) && start(partnerId)) {
        started++;
      }
    }
    return started;
  }

  private boolean claim(long partnerId, Instant now, Timestamp cutoff) {
    Integer claimed =
        transaction.execute(
            status ->
                jdbc.update(
                    "update partner set lifecycle_claimed_at = ? where id = ? and process_instance_key is null"
                        + " and (lifecycle_claimed_at is null or lifecycle_claimed_at < ?)",
                    Timestamp.from(now),
                    partnerId,
                    cutoff));
    return claimed != null && claimed == 1;
  }

  private boolean start(long partnerId) {
    try {
      long processInstanceKey = lifecycle.start(partnerId);
      transaction.executeWithoutResult(status -> partners.attachProcessInstance(partnerId, processInstanceKey));
      log.info("Started the lifecycle of partner {}, stored without one: instance {}", partnerId, processInstanceKey);
      return true;
    } catch (EngineUnavailable e) {
      // The claim expires after the grace period, and a later sweep tries again.
      log.warn("The lifecycle of partner {} is still not started: {}", partnerId, e.getMessage());
      return false;
    }
  }
}
