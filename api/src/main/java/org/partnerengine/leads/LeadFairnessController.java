package org.partnerengine.leads;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.partnerengine.web.ProblemResponses;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The fairness report of lead distribution in a territory, for partner managers (analytics). */
@RestController
class LeadFairnessController {

  /** The longest period one report reads: a year of leads. */
  private static final int MAX_DAYS = 366;

  private final LeadFairness fairness;

  LeadFairnessController(LeadFairness fairness) {
    this.fairness = fairness;
  }

  /** Leads received from {@code from} (inclusive) to {@code to} (exclusive), UTC dates; the last 90 days by default. */
  @GetMapping("/api/analytics/leads/fairness")
  LeadFairness.Report report(
      @RequestParam long territoryId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    LocalDate until = to == null ? LocalDate.now(ZoneOffset.UTC).plusDays(1) : to;
    LocalDate since = from == null ? until.minusDays(90) : from;
    if (!since.isBefore(until)) {
      throw ProblemResponses.invalidField("from", "must be before to");
    }
    if (since.plusDays(MAX_DAYS).isBefore(until)) {
      throw ProblemResponses.invalidField("from", "the period may span at most " + MAX_DAYS + " days");
    }
    return fairness.of(territoryId, since.atStartOfDay(ZoneOffset.UTC).toInstant(), until.atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
