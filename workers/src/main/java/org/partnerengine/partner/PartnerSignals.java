package org.partnerengine.partner;

import java.util.Map;
import org.partnerengine.messaging.PartnerMessages;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outside events about a partner (agreement signed, course completed, exam result, offboarding
 * request) delivered to its processes at most once in effect: the message id is also the
 * history entry's idempotency key, so an event seen before is neither published nor recorded
 * again, even after the engine has forgotten the message.
 */
@Service
public class PartnerSignals {

  private final Partners partners;
  private final PartnerHistory history;
  private final PartnerMessages messages;
  private final TransactionTemplate transaction;

  public PartnerSignals(
      Partners partners,
      PartnerHistory history,
      PartnerMessages messages,
      TransactionTemplate transaction) {
    this.partners = partners;
    this.history = history;
    this.messages = messages;
    this.transaction = transaction;
  }

  /**
   * Publishes the event once per message id and records it in the partner's history.
   *
   * @return false when the event was taken before: nothing happened now
   */
  public boolean signal(
      long partnerId,
      String messageName,
      String messageId,
      Map<String, Object> variables,
      String historyType,
      String actor,
      String detail) {
    // The history entry takes the partner's id and its stage as the event arrived; the partner is
    // not loaded a second time for them.
    Partner partner = partners.require(partnerId);
    if (history.isRecorded(messageId)) {
      return false;
    }
    messages.publish(messageName, Long.toString(partnerId), messageId, variables);
    try {
      return Boolean.TRUE.equals(
          transaction.execute(status -> history.recordOnce(messageId, partner, historyType, actor, detail)));
    } catch (DataIntegrityViolationException twin) {
      // The message's own job can write the same entry (for a message published bare) and may win
      // the race once the message is out: then the event is recorded, and it was this call's.
      if (history.isRecorded(messageId)) {
        return true;
      }
      throw twin;
    }
  }
}
