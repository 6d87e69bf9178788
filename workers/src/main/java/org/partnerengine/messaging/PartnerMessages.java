package org.partnerengine.messaging;

import java.time.Duration;
import java.util.Map;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.engine.MessagePublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes an outside event (agreement signed, course completed, exam result, ...) to the
 * processes as a message. The message id makes a repeated event a no-op while the first is still
 * buffered, and the time to live keeps an event that arrives before its subscription opens.
 */
@Component
public class PartnerMessages {

  private final MessagePublisher engine;
  private final Duration timeToLive;
  private final ApplicationEventPublisher events;

  public PartnerMessages(
      MessagePublisher engine,
      @Value("${partner-engine.messages.time-to-live:P7D}") Duration timeToLive,
      ApplicationEventPublisher events) {
    this.engine = engine;
    this.timeToLive = timeToLive;
    this.events = events;
  }

  /**
   * Publishes once per message id.
   *
   * @return false when a message with this id is still buffered: the event was already taken
   */
  public boolean publish(String name, String correlationKey, String messageId, Map<String, Object> variables) {
    boolean taken;
    try {
      taken = engine.publish(new MessagePublisher.Message(name, correlationKey, messageId, timeToLive, variables));
    } catch (EngineUnavailable e) {
      events.publishEvent(new MessagePublished(name, MessagePublished.Outcome.FAILED));
      throw e;
    }
    events.publishEvent(
        new MessagePublished(name, taken ? MessagePublished.Outcome.ACCEPTED : MessagePublished.Outcome.DUPLICATE));
    return taken;
  }
}
