package org.partnerengine.messaging;

import java.time.Duration;
import java.util.Map;
import org.partnerengine.engine.MessagePublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts a programme-wide loop process (tier reviews, attention reviews) once per engine. The
 * loop's message start is keyed by one fixed key and the message has no time to live: while a
 * loop runs, the engine drops the message, so restarts and further app instances never start a
 * second loop.
 */
@Component
public class ProgrammeLoops {

  private static final Logger log = LoggerFactory.getLogger(ProgrammeLoops.class);

  private final MessagePublisher engine;

  public ProgrammeLoops(MessagePublisher engine) {
    this.engine = engine;
  }

  /** Asks for the loop to run; an engine that is down at start is logged, the next start tries again. */
  public void startOnce(String message, String correlationKey, Map<String, Object> variables) {
    try {
      engine.publish(new MessagePublisher.Message(message, correlationKey, null, Duration.ZERO, variables));
    } catch (RuntimeException e) {
      log.warn("The {} loop was not started: {}", correlationKey, e.getMessage());
    }
  }
}
