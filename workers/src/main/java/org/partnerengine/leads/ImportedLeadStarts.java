package org.partnerengine.leads;

import java.time.Clock;
import java.util.List;
import org.partnerengine.engine.PacedStarts;
import org.partnerengine.engine.UnstartedProcesses;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the distributions of imported leads, stored already, at most {@link
 * LeadSettings#importStartsInFlight()} waiting for the engine at a time (see {@link PacedStarts}):
 * a start that fails or is never sent is left to {@link OrphanLeads}.
 */
@Component
class ImportedLeadStarts implements DisposableBean {

  private final PacedStarts paced;

  ImportedLeadStarts(
      LeadDistribution distribution, Leads leads, LeadSettings settings, JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
    UnstartedProcesses unstarted = new UnstartedProcesses("sales_lead", LeadStatus.RECEIVED.name(), "received_at", jdbc, transaction, clock);
    this.paced =
        new PacedStarts(
            "lead",
            unstarted,
            settings.importStartsInFlight(),
            distribution::startAsync,
            (leadId, key) -> transaction.executeWithoutResult(status -> leads.attachProcessInstance(leadId, key)));
  }

  /** Queues the starts of these stored leads; returns at once. */
  void startAll(List<Long> leadIds) {
    paced.startAll(leadIds);
  }

  @Override
  public void destroy() {
    paced.close();
  }
}
