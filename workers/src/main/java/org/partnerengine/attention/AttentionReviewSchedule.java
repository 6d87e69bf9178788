package org.partnerengine.attention;

import java.util.Map;
import org.partnerengine.messaging.ProgrammeLoops;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the attention review loop when the app is ready: one fixed correlation key and no time to
 * live, so while a loop runs the engine drops the message and no second loop starts.
 */
@Component
public class AttentionReviewSchedule {

  static final String MESSAGE = "partner-attention-review-started";
  static final String CORRELATION_KEY = "partner-attention-review";

  private final ProgrammeLoops loops;
  private final AttentionSettings settings;

  public AttentionReviewSchedule(ProgrammeLoops loops, AttentionSettings settings) {
    this.loops = loops;
    this.settings = settings;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void start() {
    if (settings.scheduleEnabled()) {
      loops.startOnce(MESSAGE, CORRELATION_KEY, Map.of("attentionReviewInterval", settings.reviewInterval().toString()));
    }
  }
}
