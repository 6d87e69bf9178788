package org.partnerengine.tiering;

import java.math.BigDecimal;
import java.util.Map;
import org.partnerengine.messaging.PartnerMessages;
import org.springframework.stereotype.Component;

/**
 * Asks for a partner's tier review: the schedule, a certificate that expired, a big deal won, or a
 * manager. The engine runs one review per partner at a time (the message start is keyed by partner);
 * a request made while one runs waits for it.
 */
@Component
public class TierReviews {

  public static final String MESSAGE = "tier-review-requested";

  private final PartnerMessages messages;
  private final TieringSettings settings;

  public TierReviews(PartnerMessages messages, TieringSettings settings) {
    this.messages = messages;
    this.settings = settings;
  }

  /**
   * Requests a review once per event.
   *
   * @param eventId what caused it (a certificate id, a deal id, a round): the same event asks once
   */
  public boolean request(long partnerId, TierReviewTrigger trigger, String eventId) {
    return messages.publish(
        MESSAGE,
        Long.toString(partnerId),
        "tier-review:" + trigger + ":" + partnerId + ":" + eventId,
        Map.of("partnerId", partnerId, "trigger", trigger.name()));
  }

  /** Requests a review when a won deal is big enough to move the partner's tier. */
  public boolean dealWon(long partnerId, long dealId, BigDecimal amount) {
    return amount.compareTo(settings.bigDealAmount()) >= 0
        && request(partnerId, TierReviewTrigger.BIG_DEAL_WON, Long.toString(dealId));
  }
}
