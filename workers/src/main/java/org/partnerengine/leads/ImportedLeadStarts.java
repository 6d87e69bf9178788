package org.partnerengine.leads;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.partnerengine.engine.PacedStarts;
import org.partnerengine.engine.UnstartedProcesses;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the distributions of imported leads, stored already, with at most {@link
 * LeadSettings#importStartsInFlight()} started and still RECEIVED (the rules of engagement not yet
 * applied) at a time, see {@link PacedStarts}. A start that fails or is never sent is left to
 * {@link OrphanLeads}.
 */
@Component
class ImportedLeadStarts implements DisposableBean {

  /** A lead stuck before its rules of engagement (an incident) holds its place no longer. */
  private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

  private final PacedStarts paced;

  ImportedLeadStarts(
      LeadDistribution distribution, Leads leads, LeadSettings settings, JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
    UnstartedProcesses unstarted = new UnstartedProcesses("sales_lead", LeadStatus.RECEIVED.name(), "received_at", jdbc, transaction, clock);
    this.paced =
        new PacedStarts(
            "lead",
            unstarted,
            settings.importStartsInFlight(),
            LONGEST_WAIT,
            distribution::startAsync,
            (leadId, key) -> transaction.executeWithoutResult(status -> leads.attachProcessInstance(leadId, key)),
            started -> received(jdbc, started));
  }

  /**
   * The started leads still RECEIVED. Read by primary key, with the status filtered here: with the
   * status in the query, H2 went through the status index, every lead still waiting in an import.
   */
  private static List<Long> received(JdbcTemplate jdbc, Collection<Long> started) {
    String placeholders = String.join(", ", Collections.nCopies(started.size(), "?"));
    List<Long> received = new ArrayList<>();
    jdbc.query(
        "select id, status from sales_lead where id in (" + placeholders + ")",
        row -> {
          if (LeadStatus.RECEIVED.name().equals(row.getString(2))) {
            received.add(row.getLong(1));
          }
        },
        started.toArray());
    return received;
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
