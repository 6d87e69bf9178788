package org.partnerengine.tiering;

import java.util.Map;
import org.partnerengine.messaging.ProgrammeLoops;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the tier review schedule (a looping process) when the app is ready. The message start is
 * keyed by one fixed key and has no time to live: while a schedule runs, the engine drops the
 * message, so restarts and further app instances never start a second loop.
 */
@Component
public class TierReviewSchedule {

  static final String MESSAGE = "tier-review-schedule-started";
  static final String CORRELATION_KEY = "tier-review-schedule";

  private final ProgrammeLoops loops;
  private final TieringSettings settings;

  public TierReviewSchedule(ProgrammeLoops loops, TieringSettings settings) {
    this.loops = loops;
    this.settings = settings;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void start() {
    if (settings.scheduleEnabled()) {
      loops.startOnce(MESSAGE, CORRELATION_KEY, Map.of("tierReviewInterval", settings.reviewInterval().toString()));
    }
  }
}
