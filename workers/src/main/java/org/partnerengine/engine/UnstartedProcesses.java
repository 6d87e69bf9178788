package org.partnerengine.engine;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongPredicate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rows of one table that were stored to start a process and have none yet: the engine did
 * not answer the start (it may not have taken it), or the app stopped before it did. A row
 * qualifies while it has its waiting status and no process instance, and both its storing and its
 * last claim are older than the grace. Each is claimed with a conditional update first, so of two
 * sweeps (two app instances) only one starts it; a start that fails leaves the claim to expire.
 * The process's first step binds the instance key, so the grace must be longer than a start and
 * that step take.
 */
public final class UnstartedProcesses {

  private static final int BATCH = 100;

  private final String table;
  private final String waitingStatus;
  private final String storedAtColumn;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final String condition;

  /** The table, status and column are the caller's constants, never input. */
  public UnstartedProcesses(
      String table, String waitingStatus, String storedAtColumn, JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
    this.table = table;
    this.waitingStatus = waitingStatus;
    this.storedAtColumn = storedAtColumn;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
    this.condition = null;
  }

  private UnstartedProcesses(UnstartedProcesses of, String condition) {
    this.table = of.table;
    this.waitingStatus = of.waitingStatus;
    this.storedAtColumn = of.storedAtColumn;
    this.jdbc = of.jdbc;
    this.transaction = of.transaction;
    this.clock = of.clock;
    this.condition = condition;
  }

  /** The same sweep over the rows that also meet a condition (the caller's constant SQL, never input). */
  public UnstartedProcesses onlyWhere(String condition) {
    return new UnstartedProcesses(this, condition);
  }

  /**
   * Claims each row older than the grace and hands its id to {@code start}, which answers whether
   * it started the process; answers how many were started.
   */
  public int sweep(Duration grace, LongPredicate start) {
    Instant now = clock.instant();
    Timestamp cutoff = Timestamp.from(now.minus(grace));
    List<Long> orphans =
        jdbc.queryForList(
            "select id from " + table + " where process_instance_key is null and status = ?"
                + (condition == null ? "" : " and " + condition)
                + " and " + storedAtColumn + " < ? and (start_claimed_at is null or start_claimed_at < ?)"
                + " order by id limit " + BATCH,
            Long.class,
            waitingStatus,
            cutoff,
            cutoff);
    int started = 0;
    for (long id : orphans) {
      if (claim(id, now, cutoff) && start.test(id)) {
        started++;
      }
    }
    return started;
  }

  /**
   * Claims a row no one has claimed yet, for a start about to be sent (see {@link PacedStarts}):
   * false when it has its instance already or the sweep claimed it first, which then starts it.
   */
  public boolean claimUnclaimed(long id) {
    Integer claimed =
        transaction.execute(
            status ->
                jdbc.update(
                    "update " + table + " set start_claimed_at = ? where id = ? and process_instance_key is null"
                        + " and start_claimed_at is null",
                    Timestamp.from(clock.instant()),
                    id));
    return claimed != null && claimed == 1;
  }

  private boolean claim(long id, Instant now, Timestamp cutoff) {
    Integer claimed =
        transaction.execute(
            status ->
                jdbc.update(
                    "update " + table + " set start_claimed_at = ? where id = ? and process_instance_key is null"
                        + " and (start_claimed_at is null or start_claimed_at < ?)",
                    Timestamp.from(now),
                    id,
                    cutoff));
    return claimed != null && claimed == 1;
  }
}
