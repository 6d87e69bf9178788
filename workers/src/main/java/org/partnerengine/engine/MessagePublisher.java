package org.partnerengine.engine;

import java.time.Duration;
import java.util.Map;

/** Publishes messages to the processes. */
public interface MessagePublisher {

  /**
   * Publishes one message.
   *
   * @return false when a message with the same id is still buffered: the engine took the first
   * @throws EngineUnavailable when the engine does not take it
   */
  boolean publish(Message message);

  /**
   * A message to publish.
   *
   * @param messageId de-duplicates while the first is buffered; null for none
   * @param timeToLive how long it waits for a subscription; zero to reach only those open now
   */
  record Message(String name, String correlationKey, String messageId, Duration timeToLive, Map<String, Object> variables) {}
}
