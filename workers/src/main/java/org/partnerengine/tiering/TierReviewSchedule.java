package org.partnerengine.tiering;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
  private static final Logger log = LoggerFactory.getLogger(TierReviewSchedule.class);

  private final CamundaClient camunda;
  private final TieringSettings settings;

  public TierReviewSchedule(CamundaClient camunda, TieringSettings settings) {
    this.camunda = camunda;
    this.settings = settings;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void start() {
    if (!settings.scheduleEnabled()) {
      return;
    }
    try {
      camunda
          .newPublishMessageCommand()
          .messageName(MESSAGE)
          .correlationKey(CORRELATION_KEY)
          .timeToLive(Duration.ZERO)
          .variables(Map.of("tierReviewInterval", settings.reviewInterval().toString()))
          .requestTimeout(Duration.ofSeconds(10))
          .send()
          .join();
    } catch (RuntimeException e) {
      // The engine may be down at start; the next start tries again, and reviews can be requested by hand.
      log.warn("The tier review schedule was not started: {}", e.getMessage());
    }
  }
}
