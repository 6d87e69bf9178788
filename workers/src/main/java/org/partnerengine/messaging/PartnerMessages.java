package org.partnerengine.messaging;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.ClientException;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import org.partnerengine.lifecycle.EngineUnavailable;
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

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final CamundaClient camunda;
  private final Duration timeToLive;
  private final ApplicationEventPublisher events;

  public PartnerMessages(
      CamundaClient camunda,
      @Value("${partner-engine.messages.time-to-live:P7D}") Duration timeToLive,
      ApplicationEventPublisher events) {
    this.camunda = camunda;
    this.timeToLive = timeToLive;
    this.events = events;
  }

  /**
   * Publishes once per message id.
   *
   * @return false when a message with this id is still buffered: the event was already taken
   */
  public boolean publish(String name, String correlationKey, String messageId, Map<String, Object> variables) {
    try {
      camunda
          .newPublishMessageCommand()
          .messageName(name)
          .correlationKey(correlationKey)
          .messageId(messageId)
          .timeToLive(timeToLive)
          .variables(variables)
          .requestTimeout(REQUEST_TIMEOUT)
          .send()
          .join();
      events.publishEvent(new MessagePublished(name, MessagePublished.Outcome.ACCEPTED));
      return true;
    } catch (ClientStatusException e) {
      if (e.getStatusCode() == Status.Code.ALREADY_EXISTS) {
        events.publishEvent(new MessagePublished(name, MessagePublished.Outcome.DUPLICATE));
        return false;
      }
      events.publishEvent(new MessagePublished(name, MessagePublished.Outcome.FAILED));
      throw new EngineUnavailable("The engine did not take message " + name + ": " + e.getMessage(), e);
    } catch (ClientException e) {
      events.publishEvent(new MessagePublished(name, MessagePublished.Outcome.FAILED));
      throw new EngineUnavailable("The engine did not take message " + name + ": " + e.getMessage(), e);
    }
  }
}
