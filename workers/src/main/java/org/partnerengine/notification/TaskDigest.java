package org.partnerengine.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.Partners;
import org.partnerengine.tasks.UserTask;
import org.partnerengine.tasks.UserTasks;
import org.springframework.transaction.annotation.Transactional;

/**
 * One mail per staff group and interval listing the tasks the group was offered in it, instead of
 * a mail per task. Intervals are counted from the epoch ({@code PT1H}: each full hour); each run
 * mails the last complete one, once per group (the key is the group and the interval's end), so
 * runs may come as often as wanted and several app instances may run it. Only groups with a mail
 * address get a digest, and an interval without new open tasks gets none.
 */
public class TaskDigest {

  static final String TEMPLATE = "tasks-digest";

  private final UserTasks tasks;
  private final Partners partners;
  private final NotificationOutbox outbox;
  private final Clock clock;
  private final Duration interval;
  private final Set<String> groups;

  public TaskDigest(
      UserTasks tasks, Partners partners, NotificationOutbox outbox, Clock clock, Duration interval, Set<String> groups) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("The task digest interval must be positive");
    }
    this.tasks = tasks;
    this.partners = partners;
    this.outbox = outbox;
    this.clock = clock;
    this.interval = interval;
    this.groups = Set.copyOf(groups);
  }

  /** Enqueues the digest of the last complete interval for every group; answers how many. */
  @Transactional
  public int enqueueLastInterval() {
    long millis = interval.toMillis();
    Instant end = Instant.ofEpochMilli(Math.floorDiv(clock.millis(), millis) * millis);
    Instant start = end.minus(interval);
    int enqueued = 0;
    for (String group : groups.stream().sorted().toList()) {
      List<UserTask> offered = tasks.findOpenOfferedToGroupCreatedBetween(group, start, end);
      if (!offered.isEmpty()
          && outbox.enqueueForGroup(
              group,
              TEMPLATE,
              "tasks-digest:" + group + ":" + end,
              Map.of("count", String.valueOf(offered.size()), "tasks", lines(offered), "from", start.toString(), "to", end.toString()))) {
        enqueued++;
      }
    }
    return enqueued;
  }

  private String lines(List<UserTask> offered) {
    return offered.stream()
        .map(
            task -> {
              String name = task.getElementName() == null ? task.getElementId() : task.getElementName();
              String company =
                  task.getPartnerId() == null ? "" : partners.findById(task.getPartnerId()).map(Partner::getCompanyName).map(c -> ": " + c).orElse("");
              String due = task.getDueDate() == null ? "" : " (due " + task.getDueDate() + ")";
              return "- " + name + company + due;
            })
        .collect(Collectors.joining("\n"));
  }
}
