package org.partnerengine.analytics;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.partnerengine.partner.Stage;
import org.partnerengine.web.ProblemResponses;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Programme analytics for managers: stage cycle times and user task statistics. */
@RestController
@RequestMapping("/api/analytics")
class AnalyticsController {

  /** The longest period a cycle-time query may span, so one request cannot scan all history. */
  static final int MAX_PERIOD_DAYS = 731;

  static final int MAX_TIMELINE_POINTS = 100;

  private final StageAnalytics stages;
  private final TaskAnalytics tasks;
  private final Clock clock;

  AnalyticsController(StageAnalytics stages, TaskAnalytics tasks, Clock clock) {
    this.stages = stages;
    this.tasks = tasks;
    this.clock = clock;
  }

  /**
   * @param median ISO-8601 duration, null when no visit ended in the period
   * @param medianDays the same in days (two decimals), for charts
   */
  record StageView(
      Stage stage,
      long partnersNow,
      long visits,
      Duration median,
      Duration p90,
      BigDecimal medianDays,
      BigDecimal p90Days,
      List<StageCycleTime.Bucket> histogram) {
    static StageView of(StageCycleTime time) {
      return new StageView(
          time.stage(),
          time.partnersNow(),
          time.visits(),
          time.median(),
          time.p90(),
          days(time.median()),
          days(time.p90()),
          time.histogram());
    }
  }

  record StagesView(LocalDate from, LocalDate to, List<StageView> stages) {}

  record TaskTypeView(
      String elementId, long open, long overdue, long completed, Duration medianToComplete, BigDecimal medianHoursToComplete) {
    static TaskTypeView of(TaskTypeStats stats) {
      BigDecimal hours =
          stats.medianToComplete() == null
              ? null
              : BigDecimal.valueOf(stats.medianToComplete().toSeconds()).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
      return new TaskTypeView(
          stats.elementId(), stats.open(), stats.overdue(), stats.completed(), stats.medianToComplete(), hours);
    }
  }

  /** Cycle times of the visits that ended from {@code from} (inclusive) to {@code to} (exclusive), UTC days. */
  @GetMapping("/stages")
  StagesView stages(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    LocalDate end = to == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1) : to;
    LocalDate start = from == null ? end.minusDays(90) : from;
    if (!start.isBefore(end)) {
      throw ProblemResponses.invalidField("from", "must be before to");
    }
    if (start.plusDays(MAX_PERIOD_DAYS).isBefore(end)) {
      throw ProblemResponses.invalidField("from", "the period may span at most " + MAX_PERIOD_DAYS + " days");
    }
    Instant fromInstant = start.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant toInstant = end.atStartOfDay(ZoneOffset.UTC).toInstant();
    return new StagesView(start, end, stages.cycleTimes(fromInstant, toInstant).stream().map(StageView::of).toList());
  }

  /** Partners per stage at each point of the timeline: a chart of partners per stage over time. */
  record TimelineView(LocalDate from, LocalDate to, int stepDays, List<StageAnalytics.StageCounts> points) {}

  /** Partners per stage at the start of {@code from} and every {@code stepDays} after it, up to {@code to}. */
  @GetMapping("/stages/timeline")
  TimelineView timeline(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "7") @Min(1) @Max(366) int stepDays) {
    LocalDate end = to == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : to;
    LocalDate start = from == null ? end.minusWeeks(26) : from;
    if (start.isAfter(end)) {
      throw ProblemResponses.invalidField("from", "must not be after to");
    }
    if ((end.toEpochDay() - start.toEpochDay()) / stepDays + 1 > MAX_TIMELINE_POINTS) {
      throw ProblemResponses.invalidField("stepDays", "the timeline may have at most " + MAX_TIMELINE_POINTS + " points");
    }
    return new TimelineView(
        start,
        end,
        stepDays,
        stages.timeline(
            start.atStartOfDay(ZoneOffset.UTC).toInstant(),
            end.atStartOfDay(ZoneOffset.UTC).toInstant(),
            Duration.ofDays(stepDays)));
  }

  @GetMapping("/tasks")
  List<TaskTypeView> tasks() {
    return tasks.byTaskType().stream().map(TaskTypeView::of).toList();
  }

  private static BigDecimal days(Duration duration) {
    return duration == null
        ? null
        : BigDecimal.valueOf(duration.toSeconds()).divide(BigDecimal.valueOf(86_400), 2, RoundingMode.HALF_UP);
  }
}
