package org.partnerengine.leads;

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
 * Starts the distribution of leads that were stored but never started: the engine did not answer
 * the start (it may not have taken it), or the app stopped before it did. A lead qualifies while it
 * is RECEIVED without an instance ({@link UnstartedProcesses}); the process's first step binds the
 * instance key ({@link LeadWorkers#gatherEngagementFacts}).
 */
@Service
public class OrphanLeads {

  private static final Logger log = LoggerFactory.getLogger(OrphanLeads.class);

  private final UnstartedProcesses unstarted;
  private final LeadDistribution distribution;
  private final Leads leads;
  private final TransactionTemplate transaction;

  public OrphanLeads(JdbcTemplate jdbc, LeadDistribution distribution, Leads leads, TransactionTemplate transaction, Clock clock) {
    this.unstarted = new UnstartedProcesses("sales_lead", LeadStatus.RECEIVED.name(), "received_at", jdbc, transaction, clock);
    this.distribution = distribution;
    this.leads = leads;
    this.transaction = transaction;
  }

  /** Starts a distribution for each orphan older than the grace; answers how many were started. */
  public int sweep(Duration grace) {
    return unstarted.sweep(grace, this::start);
  }

  private boolean start(long leadId) {
    try {
      long processInstanceKey = distribution.start(leadId);
      transaction.executeWithoutResult(status -> leads.attachProcessInstance(leadId, processInstanceKey));
      log.info("Started the distribution of lead {}, stored without one: instance {}", leadId, processInstanceKey);
      return true;
    } catch (EngineUnavailable e) {
      log.warn("The distribution of lead {} is still not started: {}", leadId, e.getMessage());
      return false;
    }
  }
}
