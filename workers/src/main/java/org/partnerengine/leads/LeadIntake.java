package org.partnerengine.leads;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerengine.engine.AcceptedStarts;
import org.partnerengine.engine.EngineUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes leads in. A lead is committed before its lead-distribution instance starts; if the engine
 * refuses the start the lead is removed again, a start still under way keeps it (see
 * {@link AcceptedStarts}, {@link OrphanLeads}).
 *
 * <p>An import validates every row first and then stores the accepted rows in one transaction: all
 * of them or, if storing fails, none (the report then is an error, and the same file can be sent
 * again). Refused rows are reported with their reasons and never stored. The imported leads' starts
 * are sent after the answer, a bounded number at a time ({@link ImportedLeadStarts}); a start the
 * engine did not take is left to the sweep.
 */
@Service
public class LeadIntake {

  private static final Logger log = LoggerFactory.getLogger(LeadIntake.class);

  /** The most rows one import takes. */
  public static final int MAX_IMPORT_ROWS = 10_000;

  /** One refused row of an import: its line number (the header is line 1) and why. */
  public record RefusedRow(int line, String reason) {}

  /** What an import did: its id, the ids of the leads stored, in file order, and the rows refused. */
  public record ImportReport(long importId, int rows, List<Long> accepted, List<RefusedRow> refused) {}

  private final Leads leads;
  private final LeadOffers offers;
  private final LeadImports imports;
  private final LeadDistribution distribution;
  private final TransactionTemplate transaction;
  private final AcceptedStarts starts;
  private final ImportedLeadStarts importedStarts;
  private final Validator validator;
  private final Clock clock;

  public LeadIntake(
      Leads leads,
      LeadOffers offers,
      LeadImports imports,
      LeadDistribution distribution,
      TransactionTemplate transaction,
      AcceptedStarts starts,
      ImportedLeadStarts importedStarts,
      Validator validator,
      Clock clock) {
    this.leads = leads;
    this.offers = offers;
    this.imports = imports;
    this.distribution = distribution;
    this.transaction = transaction;
    this.starts = starts;
    this.importedStarts = importedStarts;
    this.validator = validator;
    this.clock = clock;
  }

  public LeadReceipt receive(LeadSubmission submission) {
    long leadId = transaction.execute(status -> leads.saveAndFlush(new Lead(submission, clock.instant())).getId());
    OptionalLong started;
    try {
      started = starts.await("lead " + leadId, distribution.startAsync(leadId), key -> attach(leadId, key));
    } catch (EngineUnavailable refused) {
      transaction.executeWithoutResult(status -> leads.deleteById(leadId));
      throw refused;
    }
    return transaction.execute(
        status -> {
          started.ifPresent(key -> leads.attachProcessInstance(leadId, key));
          Lead lead = leads.require(leadId);
          return new LeadReceipt(leadId, lead.getProcessInstanceKey(), lead.getStatus());
        });
  }

  /**
   * Stores a response to a partner's campaign as that partner's lead: it bypasses distribution,
   * so no process starts for it.
   */
  public LeadReceipt receiveCampaignResponse(LeadSubmission submission, long partnerId, long participationId) {
    return transaction.execute(status -> {
      Lead lead = leads.saveAndFlush(Lead.campaignResponse(submission, partnerId, participationId, clock.instant()));
      // In the partner's inbox as an assignment, as a lead the rules of engagement gave it.
      offers.saveAndFlush(LeadOffer.assignment(lead.getId(), partnerId, clock.instant()));
      return new LeadReceipt(lead.getId(), null, lead.getStatus());
    });
  }

  /** Imports a CSV file (header line first, see {@link LeadCsv}). */
  public ImportReport importCsv(String csv) {
    List<LeadCsv.Row> rows = LeadCsv.parse(csv);
    if (rows.size() > MAX_IMPORT_ROWS) {
      throw new IllegalArgumentException("An import takes at most " + MAX_IMPORT_ROWS + " rows, this file has " + rows.size());
    }
    List<LeadSubmission> accepted = new ArrayList<>();
    List<RefusedRow> refused = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (LeadCsv.Row row : rows) {
      if (row.problem() != null) {
        refused.add(new RefusedRow(row.line(), row.problem()));
        continue;
      }
      LeadSubmission submission = row.submission();
      String broken = brokenRules(validator, submission);
      if (broken != null) {
        refused.add(new RefusedRow(row.line(), broken));
        continue;
      }
      String key = (LeadDomain.of(submission.domain()) + "|" + submission.contactEmail().strip() + "|" + submission.productInterest())
          .toLowerCase(Locale.ROOT);
      if (!seen.add(key)) {
        refused.add(new RefusedRow(row.line(), "the same lead (domain, contact email, product) appears earlier in the file"));
        continue;
      }
      accepted.add(submission);
    }
    ImportReport report =
        transaction.execute(
            status -> {
              List<Long> stored = new ArrayList<>(accepted.size());
              for (LeadSubmission submission : accepted) {
                stored.add(leads.save(new Lead(submission, clock.instant())).getId());
              }
              leads.flush();
              return imports.store(new ImportReport(0, rows.size(), List.copyOf(stored), List.copyOf(refused)), clock.instant());
            });
    importedStarts.startAll(report.accepted());
    return report;
  }

  /** The rules of {@code POST /api/leads} a lead breaks, field by field ("domain must not be blank; ..."), or null. */
  static String brokenRules(Validator validator, LeadSubmission submission) {
    Set<ConstraintViolation<LeadSubmission>> violations = validator.validate(submission);
    return violations.isEmpty() ? null : violations.stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .map(v -> v.getPropertyPath() + " " + v.getMessage())
        .collect(Collectors.joining("; "));
  }

  /** The stored report of an import, as JSON: what a replayed import answers. */
  public String importReport(long importId) {
    return transaction.execute(status -> imports.report(importId));
  }

  private void attach(long leadId, long processInstanceKey) {
    try {
      transaction.executeWithoutResult(status -> leads.attachProcessInstance(leadId, processInstanceKey));
    } catch (RuntimeException e) {
      log.warn("Instance {} of lead {} is left for its first step to bind: {}", processInstanceKey, leadId, e.getMessage());
    }
  }
}
