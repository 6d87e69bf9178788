package org.partnerengine.deployment.approval;

import java.sql.Timestamp;
import java.time.Clock;
import org.partnerengine.deployment.DeploymentRequestClosed;
import org.partnerengine.deployment.DeploymentRequested;
import org.partnerengine.deployment.DeploymentRequests;
import org.partnerengine.engine.EngineUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts every deployment request into the inbox and takes it out again when it is decided
 * elsewhere. The request is committed first; its approval process starts after, claimed in
 * {@code deployment_approval} so it starts once. A start the engine did not take is retried by
 * {@link #startMissing()}; until then the request can still be decided through the API.
 */
@Service
public class DeploymentApprovals {

  private static final Logger log = LoggerFactory.getLogger(DeploymentApprovals.class);
  private static final int BATCH = 100;

  private final DeploymentRequests requests;
  private final DeploymentApprovalProcess process;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  public DeploymentApprovals(
      DeploymentRequests requests,
      DeploymentApprovalProcess process,
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.requests = requests;
    this.process = process;
    this.jdbc = jdbc;
    // after the request's commit, the listener's own writes need a transaction of their own
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void requested(DeploymentRequested requested) {
    start(requested.requestId());
  }

  /** Publishes the decision to the request's approval process, whose task then leaves the inbox. */
  @EventListener
  void closed(DeploymentRequestClosed closed) {
    try {
      process.decided(closed.requestId());
    } catch (EngineUnavailable e) {
      // the decision stands; a completion of the task left behind finds the request decided
      log.warn("Deployment request {} is {}, but its approval task could not be closed: {}", closed.requestId(), closed.status(),
          e.getMessage());
    }
  }

  /**
   * Starts the approval process of the request unless it has one.
   *
   * @return whether this call started it
   */
  public boolean start(long requestId) {
    try {
      ownTransaction.executeWithoutResult(
          status ->
              jdbc.update(
                  "insert into deployment_approval (request_id, claimed_at) values (?, ?)", requestId, Timestamp.from(clock.instant())));
    } catch (DuplicateKeyException startedAlready) {
      return false;
    }
    long processInstanceKey;
    try {
      processInstanceKey = process.start(requests.find(requestId));
    } catch (EngineUnavailable e) {
      log.warn("The approval task of deployment request {} waits for the engine: {}", requestId, e.getMessage());
      ownTransaction.executeWithoutResult(status -> jdbc.update("delete from deployment_approval where request_id = ?", requestId));
      return false;
    }
    ownTransaction.executeWithoutResult(
        status ->
            jdbc.update(
                "update deployment_approval set process_instance_key = ? where request_id = ?", processInstanceKey, requestId));
    return true;
  }

  /** Starts the approval process of every waiting request that has none; answers how many started. */
  public int startMissing() {
    int started = 0;
    for (Long id :
        jdbc.queryForList(
            "select r.id from deployment_request r where r.status = 'PENDING'"
                + " and not exists (select 1 from deployment_approval a where a.request_id = r.id) order by r.id limit ?",
            Long.class,
            BATCH)) {
      if (start(id)) {
        started++;
      }
    }
    return started;
  }
}
