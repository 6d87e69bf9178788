package org.partnerengine.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.partner.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A year of lifecycle history for 400 partners, written with computed timestamps; the cycle times
 * are worked out here from the same visits, by counting rather than by the service's index arithmetic.
 */
@DatabaseTest
@Import({StageAnalytics.class, StageVisits.class, AnalyticsFixtures.class})
class StageAnalyticsTest {

  static final Stage[] JOURNEY = {Stage.RECRUIT, Stage.ONBOARD, Stage.ENABLE, Stage.CERTIFY, Stage.ACTIVE};
  static final Instant YEAR_START = AnalyticsFixtures.NOW.minus(Duration.ofDays(365));

  record Visit(Stage stage, Instant entered, Instant left) {}

  @Autowired DataSource dataSource;
  @Autowired StageAnalytics analytics;
  @Autowired StageVisits stageVisits;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  final List<Visit> visits = new ArrayList<>();
  /** Every visit, the open ones (the partner is still in the stage) with no end. */
  final List<Visit> all = new ArrayList<>();
  final Map<Stage, Long> now = new EnumMap<>(Stage.class);

  @BeforeEach
  void generateAYearOfHistory() {
    GeneratedHistory history = new GeneratedHistory(dataSource);
    Random random = new Random(8);
    for (int p = 0; p < 400; p++) {
      Instant at = YEAR_START.plus(Duration.ofMinutes(random.nextInt(200 * 24 * 60)));
      int reached = random.nextInt(JOURNEY.length);
      boolean rejected = reached == 0 && random.nextInt(3) == 0;
      Stage last = rejected ? Stage.REJECTED : JOURNEY[reached];
      long partnerId = history.partner(last.name(), null, at);
      for (int s = 0; s <= reached; s++) {
        history.stageEntered(partnerId, JOURNEY[s].name(), at);
        // Later stages take longer; a spread of minutes, so medians are not ties.
        Instant left = at.plus(Duration.ofMinutes((s + 1) * 1440L * (1 + random.nextInt(20)) + random.nextInt(1440)));
        if (s < reached || rejected) {
          visits.add(new Visit(JOURNEY[s], at, left));
          all.add(new Visit(JOURNEY[s], at, left));
        } else {
          all.add(new Visit(JOURNEY[s], at, null));
        }
        at = left;
      }
      if (rejected) {
        history.stageEntered(partnerId, Stage.REJECTED.name(), at);
        all.add(new Visit(Stage.REJECTED, at, null));
      }
      now.merge(last, 1L, Long::sum);
    }
  }

  @Test
  void countsThePartnersInEachStageNow() {
    List<StageCycleTime> times = analytics.cycleTimes(YEAR_START, AnalyticsFixtures.NOW);

    for (StageCycleTime time : times) {
      assertThat(time.partnersNow()).as(time.stage().name()).isEqualTo(now.getOrDefault(time.stage(), 0L));
    }
  }

  @Test
  void medianAndP90AreTakenOverTheVisitsThatEndedInThePeriod() {
    Instant from = YEAR_START.plus(Duration.ofDays(120));
    Instant to = YEAR_START.plus(Duration.ofDays(270));

    // Before any catch-up every visit is derived on the fly; after it, read from stage_visit.
    for (boolean caughtUp : new boolean[] {false, true}) {
      if (caughtUp) {
        stageVisits.catchUp();
      }
      assertCycleTimes(from, to);
    }
  }

  private void assertCycleTimes(Instant from, Instant to) {
    List<StageCycleTime> times = analytics.cycleTimes(from, to);

    int checked = 0;
    for (StageCycleTime time : times) {
      List<Duration> ended =
          visits.stream()
              .filter(v -> v.stage() == time.stage() && !v.left().isBefore(from) && v.left().isBefore(to))
              .map(v -> Duration.between(v.entered(), v.left()))
              .toList();
      assertThat(time.visits()).as(time.stage().name()).isEqualTo(ended.size());
      assertThat(time.median()).as(time.stage() + " median").isEqualTo(smallestCovering(ended, 0.5));
      assertThat(time.p90()).as(time.stage() + " p90").isEqualTo(smallestCovering(ended, 0.9));
      long previous = 0;
      for (StageCycleTime.Bucket bucket : time.histogram()) {
        long lower = previous;
        Long upper = bucket.upToDays();
        long inBucket =
            ended.stream()
                .filter(d -> lower == 0 || d.compareTo(Duration.ofDays(lower)) > 0)
                .filter(d -> upper == null || d.compareTo(Duration.ofDays(upper)) <= 0)
                .count();
        assertThat(bucket.visits()).as(time.stage() + " up to " + upper + " days").isEqualTo(inBucket);
        previous = upper == null ? previous : upper;
      }
      checked += ended.isEmpty() ? 0 : 1;
    }
    assertThat(checked).as("stages with visits in the period").isGreaterThanOrEqualTo(4);
  }

  @Test
  void visitsThatEndAfterACatchUpAreCountedByAReadAndStoredByTheNextCatchUpOnce() {
    assertThat(stageVisits.catchUp()).isEqualTo(visits.size());
    long derived = jdbc.queryForObject("select count(*) from stage_visit", Long.class);
    assertThat(derived).isEqualTo(visits.size());
    Instant entered = AnalyticsFixtures.NOW.minus(Duration.ofDays(2));
    long partnerId = new GeneratedHistory(dataSource).partner("ONBOARD", null, entered);
    GeneratedHistory history = new GeneratedHistory(dataSource);
    history.stageEntered(partnerId, "RECRUIT", entered);
    history.stageEntered(partnerId, "ONBOARD", entered.plus(Duration.ofHours(30)));

    StageCycleTime recruit =
        analytics.cycleTimes(entered, AnalyticsFixtures.NOW).stream().filter(t -> t.stage() == Stage.RECRUIT).findFirst().orElseThrow();

    assertThat(recruit.visits()).isEqualTo(1 + visits.stream().filter(v -> v.stage() == Stage.RECRUIT && !v.left().isBefore(entered)).count());
    assertThat(jdbc.queryForObject("select count(*) from stage_visit", Long.class)).as("a read writes nothing").isEqualTo(derived);
    assertThat(stageVisits.catchUp()).as("the new visit").isEqualTo(1);
    assertThat(stageVisits.catchUp()).as("nothing new to derive").isZero();
    assertThat(jdbc.queryForObject("select count(*) from stage_visit", Long.class)).isEqualTo(derived + 1);
  }

  @Test
  void aPartnerStillInAStageIsNotAVisit() {
    List<StageCycleTime> times = analytics.cycleTimes(YEAR_START, AnalyticsFixtures.NOW.plus(Duration.ofDays(3650)));

    StageCycleTime active = times.stream().filter(t -> t.stage() == Stage.ACTIVE).findFirst().orElseThrow();
    assertThat(active.partnersNow()).isPositive();
    assertThat(active.visits()).isZero();
    assertThat(active.median()).isNull();
  }

  @Test
  void theTimelineReplaysHowManyPartnersWereInEachStageWeekByWeek() {
    Instant from = YEAR_START.plus(Duration.ofDays(30));
    Instant to = YEAR_START.plus(Duration.ofDays(300));

    // Replayed from the history alone, from the daily counts after a catch-up, and with history
    // written after the catch-up (a partner that moved on yesterday) derived on the fly.
    assertTimeline(from, to);
    stageVisits.catchUp();
    assertTimeline(from, to);
    assertTimeline(YEAR_START.plus(Duration.ofDays(100)).truncatedTo(java.time.temporal.ChronoUnit.DAYS), AnalyticsFixtures.NOW);
    Instant entered = AnalyticsFixtures.NOW.minus(Duration.ofDays(3));
    GeneratedHistory history = new GeneratedHistory(dataSource);
    long partnerId = history.partner("ONBOARD", null, entered);
    history.stageEntered(partnerId, "RECRUIT", entered);
    history.stageEntered(partnerId, "ONBOARD", AnalyticsFixtures.NOW.minus(Duration.ofDays(1)));
    all.add(new Visit(Stage.RECRUIT, entered, AnalyticsFixtures.NOW.minus(Duration.ofDays(1))));
    all.add(new Visit(Stage.ONBOARD, AnalyticsFixtures.NOW.minus(Duration.ofDays(1)), null));
    assertTimeline(AnalyticsFixtures.NOW.minus(Duration.ofDays(6)), AnalyticsFixtures.NOW, Duration.ofHours(12));
  }

  private void assertTimeline(Instant from, Instant to) {
    assertTimeline(from, to, Duration.ofDays(7));
  }

  private void assertTimeline(Instant from, Instant to, Duration step) {
    List<StageAnalytics.StageCounts> timeline = analytics.timeline(from, to, step);

    assertThat(timeline).hasSize((int) (Duration.between(from, to).toSeconds() / step.toSeconds()) + 1);
    for (StageAnalytics.StageCounts point : timeline) {
      for (Stage stage : Stage.values()) {
        long expected =
            all.stream()
                .filter(v -> v.stage() == stage && !v.entered().isAfter(point.at()))
                .filter(v -> v.left() == null || v.left().isAfter(point.at()))
                .count();
        assertThat(point.partners().get(stage)).as(stage + " at " + point.at()).isEqualTo(expected);
      }
    }
    assertThat(timeline.getLast().partners().values().stream().mapToLong(Long::longValue).sum()).isPositive();
  }

  /** The smallest duration that at least this share of the durations does not exceed. */
  private static Duration smallestCovering(List<Duration> durations, double share) {
    Duration best = null;
    for (Duration candidate : durations) {
      long atOrBelow = durations.stream().filter(d -> d.compareTo(candidate) <= 0).count();
      if (atOrBelow >= share * durations.size() && (best == null || candidate.compareTo(best) < 0)) {
        best = candidate;
      }
    }
    return best;
  }
}
