package org.partnerengine.attention;

import java.time.Duration;
import java.util.Map;
import org.partnerengine.engine.MessagePublisher;
import org.partnerengine.messaging.PartnerMessages;
import org.springframework.stereotype.Component;

/**
 * The follow-up messages. {@code attention-raised} is kept for the usual time to live, so a follow-up
 * is not lost while the engine catches up; {@code attention-cleared} has none: it closes the
 * follow-up running now, and must not linger to close the next round's follow-up at once.
 */
@Component
class EngineFollowUps implements FollowUps {

  static final String RAISED = "attention-raised";
  static final String CLEARED = "attention-cleared";

  private final PartnerMessages messages;
  private final MessagePublisher engine;

  EngineFollowUps(PartnerMessages messages, MessagePublisher engine) {
    this.messages = messages;
    this.engine = engine;
  }

  @Override
  public void raise(PartnerAttention attention) {
    messages.publish(
        RAISED,
        attention.key(),
        RAISED + ":" + attention.key() + ":" + attention.getRound(),
        Map.of(
            "partnerId", attention.getPartnerId(),
            "attentionReason", attention.getReason(),
            "attentionKind", attention.getKind().name(),
            "attentionKey", attention.key(),
            "attentionRound", attention.getRound()));
  }

  @Override
  public void clear(PartnerAttention attention) {
    engine.publish(
        new MessagePublisher.Message(
            CLEARED, attention.key(), CLEARED + ":" + attention.key() + ":" + attention.getRound(), Duration.ZERO, Map.of()));
  }
}
