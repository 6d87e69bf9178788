package org.partnerengine.feedback;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.partnerengine.web.ProblemResponses;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Partner NPS for managers: by programme, tier, partner type or touchpoint, with 95 % intervals. */
@RestController
class NpsController {

  private static final int MAX_DAYS = 731;

  private final NpsReport report;

  NpsController(NpsReport report) {
    this.report = report;
  }

  /** Answers given from {@code from} (inclusive) to {@code to} (exclusive), UTC dates; the last year by default. */
  @GetMapping("/api/analytics/nps")
  NpsReport.Result nps(
      @RequestParam(defaultValue = "PROGRAMME") NpsReport.Grouping by,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    LocalDate until = to == null ? LocalDate.now(ZoneOffset.UTC).plusDays(1) : to;
    LocalDate since = from == null ? until.minusYears(1) : from;
    if (!since.isBefore(until)) {
      throw ProblemResponses.invalidField("from", "must be before to");
    }
    if (since.plusDays(MAX_DAYS).isBefore(until)) {
      throw ProblemResponses.invalidField("from", "the period may span at most " + MAX_DAYS + " days");
    }
    return report.of(by, since, until);
  }
}
