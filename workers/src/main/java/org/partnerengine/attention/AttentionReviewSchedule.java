package org.partnerengine.attention;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
  private static final Logger log = LoggerFactory.getLogger(AttentionReviewSchedule.class);

  private final CamundaClient camunda;
  private final AttentionSettings settings;

  public AttentionReviewSchedule(CamundaClient camunda, AttentionSettings settings) {
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
          .variables(Map.of("attentionReviewInterval", settings.reviewInterval().toString()))
          .requestTimeout(Duration.ofSeconds(10))
          .send()
          .join();
    } catch (RuntimeException e) {
      log.warn("The partner attention review was not started: {}", e.getMessage());
    }
  }
}
