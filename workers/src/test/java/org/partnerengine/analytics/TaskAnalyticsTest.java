package org.partnerengine.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@DatabaseTest
@Import({TaskAnalytics.class, AnalyticsFixtures.class})
class TaskAnalyticsTest {

  static final String[] ELEMENTS = {"Task_ApproveApplication", "Task_HoldKickoffCall", "Task_VerifyMdfClaim"};

  @Autowired DataSource dataSource;
  @Autowired TaskAnalytics analytics;

  @Test
  void countsOpenAndOverdueTasksAndTheMedianTimeToCompletePerTaskType() {
    GeneratedHistory history = new GeneratedHistory(dataSource);
    Random random = new Random(11);
    Instant now = AnalyticsFixtures.NOW;
    Map<String, long[]> openOverdue = new HashMap<>();
    Map<String, List<Duration>> recentTimes = new HashMap<>();
    for (int i = 0; i < 600; i++) {
      String element = ELEMENTS[random.nextInt(ELEMENTS.length)];
      Instant created = now.minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
      Instant due = random.nextBoolean() ? created.plus(Duration.ofDays(5)) : null;
      boolean completed = random.nextInt(4) > 0;
      Instant completedAt = completed ? created.plus(Duration.ofMinutes(30 + random.nextInt(7 * 24 * 60))) : null;
      if (completedAt != null && completedAt.isAfter(now)) {
        completedAt = now;
      }
      history.userTask(element, null, created, due, completedAt);
      long[] counts = openOverdue.computeIfAbsent(element, e -> new long[2]);
      if (completedAt == null) {
        counts[0]++;
        counts[1] += due != null && due.isBefore(now) ? 1 : 0;
      } else if (!completedAt.isBefore(now.minus(Duration.ofDays(90)))) {
        recentTimes.computeIfAbsent(element, e -> new ArrayList<>()).add(Duration.between(created, completedAt));
      }
    }

    List<TaskTypeStats> stats = analytics.byTaskType();

    assertThat(stats).extracting(TaskTypeStats::elementId).containsExactly(ELEMENTS);
    for (TaskTypeStats type : stats) {
      List<Duration> times = new ArrayList<>(recentTimes.get(type.elementId()));
      times.sort(null);
      // The lower median of an even count, the middle one of an odd count.
      Duration median = times.get((times.size() + 1) / 2 - 1);
      assertThat(type.open()).as(type.elementId()).isEqualTo(openOverdue.get(type.elementId())[0]);
      assertThat(type.overdue()).as(type.elementId()).isEqualTo(openOverdue.get(type.elementId())[1]).isPositive();
      assertThat(type.completed()).isEqualTo(times.size());
      assertThat(type.medianToComplete()).as(type.elementId()).isEqualTo(median);
    }
  }

  @Test
  void noTasksNoStatistics() {
    assertThat(analytics.byTaskType()).isEmpty();
    assertThat(analytics.openAndOverdue()).containsExactly(0, 0);
  }
}
